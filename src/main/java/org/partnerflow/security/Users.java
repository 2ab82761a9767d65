package org.partnerflow.security;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Paging;
import org.partnerflow.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates users, reads them, resets passwords and lifts lock-outs; the rules on roles and memberships live here. */
@Service
public class Users {

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final PartnershipDirectory partnerships;
    private final Clock clock;
    private final AuditTrail audit;

    Users(AppUserRepository repository, PasswordEncoder passwordEncoder, PartnershipDirectory partnerships, Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /** Creates a user. Field-format rules are the request's; this checks the rules that need the database. */
    @Transactional
    public UserView create(UserRequest request) {
        if (repository.existsByUsername(request.username())) {
            throw new ConflictException("A user called " + request.username() + " already exists.");
        }
        Set<Long> partnershipIds = new LinkedHashSet<>(request.partnershipIdsOrEmpty());
        if (request.roles().contains(Role.PARTNER) && partnershipIds.isEmpty()) {
            throw new DomainRuleViolation("partnershipIds", "must name at least one partnership for a PARTNER");
        }
        Set<Long> unknown = partnerships.unknown(partnershipIds);
        if (!unknown.isEmpty()) {
            throw new DomainRuleViolation("partnershipIds", "names partnerships that do not exist: " + unknown);
        }
        AppUser user = new AppUser(request.username(), request.displayName().trim(), request.email(),
                passwordEncoder.encode(request.password()), request.roles(), partnershipIds, clock.instant());
        AppUser saved = repository.save(user);
        // Roles and memberships, never the password.
        audit.record(AuditEntry.of(AuditSubject.USER, saved.getUsername(), "USER_CREATED", "User "
                + saved.getUsername() + " created with roles " + request.roles()
                + (partnershipIds.isEmpty() ? "" : " in partnerships " + partnershipIds)));
        return UserView.of(saved, clock.instant());
    }

    /** A page of users by username (pages count from 0). */
    @Transactional(readOnly = true)
    public UserPage list(int page, int size) {
        Paging.check(page, size);
        Page<AppUser> found = repository.findAllByOrderByUsername(PageRequest.of(page, size));
        var now = clock.instant();
        return new UserPage(found.getContent().stream().map(u -> UserView.of(u, now)).toList(), page, size,
                found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public UserView get(String username) {
        return UserView.of(find(username), clock.instant());
    }

    /**
     * Sets a new password chosen by an admin and lifts any lock-out, so the user can sign in with it at once.
     * Length rules are the request's.
     */
    @Transactional
    public void resetPassword(String username, PasswordReset reset) {
        AppUser user = find(username);
        if (user.isSingleSignOn()) {
            // Their password is a random one nobody knows; giving them one would open a second way in.
            throw new DomainRuleViolation("password", "cannot be set for a user who signs in through single sign-on");
        }
        user.changePassword(passwordEncoder.encode(reset.password()));
        user.unlock();
        audit.record(AuditEntry.of(AuditSubject.USER, username, "PASSWORD_RESET",
                "Password of " + username + " reset by an admin; any lock-out lifted"));
    }

    /** Lifts a lock-out after repeated failed sign-ins. */
    @Transactional
    public void unlock(String username) {
        find(username).unlock();
        audit.record(AuditEntry.of(AuditSubject.USER, username, "USER_UNLOCKED", "Lock-out of " + username + " lifted"));
    }

    private AppUser find(String username) {
        return repository.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return repository.existsByUsername(username);
    }

    /**
     * Whether the raw password is this enabled user's, checked against the stored hash; for Camunda's
     * identity service, which must not see hashes. False for unknown, disabled or locked-out users.
     */
    @Transactional(readOnly = true)
    public boolean passwordMatches(String username, String rawPassword) {
        if (username == null || rawPassword == null) {
            return false;
        }
        return repository.findByUsername(username)
                .filter(AppUser::isEnabled)
                .filter(user -> !user.isLockedAt(clock.instant()))
                .map(user -> passwordEncoder.matches(rawPassword, user.getPasswordHash()))
                .orElse(false);
    }

    /** Every partnership a user can be made a member of, by id with its name. */
    public java.util.Map<Long, String> partnershipNames() {
        return partnerships.names();
    }

    /** The display names of these users by username, in one query; an unknown username is left out. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!usernames.isEmpty()) {
            repository.displayNamesOf(usernames).forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    /** The usernames of everyone with a role, in one query: a team's members, for its dashboard. */
    @Transactional(readOnly = true)
    public List<String> usernamesWith(Role role) {
        return repository.findUsernamesByRole(role);
    }

    /**
     * The e-mail addresses of the enabled members of a candidate group: a partnership's partners for
     * {@code partnership-<id>}, everyone with the role for a staff group; none for an unknown group.
     */
    @Transactional(readOnly = true)
    public List<String> emailsOf(String group) {
        List<AppUser> members = Role.partnershipOf(group).map(repository::findByPartnership)
                .or(() -> Role.ofGroup(group).map(repository::findByRole)).orElse(List.of());
        return members.stream().filter(AppUser::isEnabled).map(AppUser::getEmail)
                .filter(email -> email != null && !email.isBlank()).distinct().toList();
    }

    /** The principal Spring Security keeps for a user. */
    public static PartnerflowUser principal(AppUser user) {
        return PartnerflowUser.of(user);
    }
}
