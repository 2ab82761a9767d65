package org.partnerflow.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Users by name, by role and by partnership; the Camunda identity bridge reads through it too. */
public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findByUsernameInOrderByUsername(Collection<String> usernames);

    List<AppUser> findAllByOrderByUsername();

    @Query("select distinct u from AppUser u join u.roles r where r = :role order by u.username")
    List<AppUser> findByRole(Role role);

    @Query("select distinct u from AppUser u join u.partnershipIds p where p = :partnershipId order by u.username")
    List<AppUser> findByPartnership(Long partnershipId);

}
