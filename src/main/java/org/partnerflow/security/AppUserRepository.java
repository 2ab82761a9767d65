package org.partnerflow.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Users by name, by role and by partnership; the Camunda identity bridge reads through it too. */
public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /** The user linked to an identity provider's account, if they have signed in through it before. */
    Optional<AppUser> findBySsoIssuerAndSsoSubject(String ssoIssuer, String ssoSubject);

    List<AppUser> findByUsernameInOrderByUsername(Collection<String> usernames);

    List<AppUser> findAllByOrderByUsername();

    /** Usernames with their display names, without loading the accounts: names for an audit trail's lines. */
    @Query("select u.username, u.displayName from AppUser u where u.username in :usernames")
    List<Object[]> displayNamesOf(Collection<String> usernames);

    @Query("select distinct u from AppUser u join u.roles r where r = :role order by u.username")
    List<AppUser> findByRole(Role role);

    /** Only the usernames, through the role's own index: a team's members, without loading their accounts. */
    @Query("select u.username from AppUser u join u.roles r where r = :role order by u.username")
    List<String> findUsernamesByRole(Role role);

    @Query("select distinct u from AppUser u join u.partnershipIds p where p = :partnershipId order by u.username")
    List<AppUser> findByPartnership(Long partnershipId);

    /** The ids of the enabled users with a role, such as the active admins. */
    @Query("select u.id from AppUser u join u.roles r where r = :role and u.enabled = true")
    List<Long> findEnabledIdsByRole(Role role);

    /** Locks the users' rows until the transaction ends, in id order so that two callers never deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.id in :ids order by u.id")
    List<AppUser> lockAll(Collection<Long> ids);

    /** How many enabled users other than this one have the role, as committed now. */
    @Query("select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true "
            + "and u.username <> :username")
    long countEnabledWithRoleOtherThan(Role role, String username);

    /** A page of users by username, for the admin page and the user list API. */
    Page<AppUser> findAllByOrderByUsername(Pageable page);

    /** A user's sign-in state without loading the user: failed attempts, the end of a lock, enabled, version. */
    @Query("select new org.partnerflow.security.SignInState(u.failedSignIns, u.lockedUntil, u.enabled, u.version) "
            + "from AppUser u "
            + "where u.username = :username")
    Optional<SignInState> signInStateOf(String username);

    /**
     * Counts one failed sign-in, in one statement so that two nodes counting at once both count; does nothing
     * while the user is locked, so failures during a lock do not stretch it.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedSignIns = u.failedSignIns + 1 where u.username = :username "
            + "and (u.lockedUntil is null or u.lockedUntil <= :now)")
    int countFailedSignIn(String username, Instant now);

    /** Locks the user until the given time once the failures reach the limit, and starts counting again. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.lockedUntil = :until, u.failedSignIns = 0 where u.username = :username "
            + "and u.failedSignIns >= :limit")
    int lockAtLimit(String username, int limit, Instant until);

    /** Forgets earlier failures after a successful sign-in; writes nothing when there were none. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedSignIns = 0 where u.username = :username and u.failedSignIns > 0")
    int forgetFailedSignIns(String username);

}
