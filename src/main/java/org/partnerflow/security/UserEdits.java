package org.partnerflow.security;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's edits of a user: name, e-mail, roles, memberships and whether they may sign in. Every change moves the
 * account's version on, so a remembered sign-in and a page session pick it up at their next request; a user is never
 * deleted, only switched off, and keeps their place in the audit trail.
 */
@Service
public class UserEdits {

    private final AppUserRepository repository;
    private final PartnershipDirectory partnerships;
    private final AssignedTasks assignedTasks;
    private final AuditTrail audit;
    private final Clock clock;

    UserEdits(AppUserRepository repository, PartnershipDirectory partnerships, AssignedTasks assignedTasks,
            AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.partnerships = partnerships;
        this.assignedTasks = assignedTasks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why the last active admin keeps their role and their sign-in. */
    public static final class LastAdmin extends ConflictException {
        LastAdmin(String username) {
            super(username + " is the last active admin: make another user an active admin first.");
        }
    }

    /** The edit was made from an older version of the user than the one stored now. */
    public static final class Stale extends ConflictException {
        Stale(String username) {
            super("User " + username + " was changed by someone else since you read it; read it again and retry.");
        }
    }

    /**
     * Applies the change, all of it or nothing. Switching a user off gives their claimed tasks back to their groups.
     * Field-format rules are the change's own; this checks those that need the stored user or the database.
     */
    @Transactional
    public UserView change(String username, UserChange change) {
        AppUser user = repository.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
        if (change.version() != null && change.version() != user.getVersion()) {
            throw new Stale(username);
        }
        Snapshot before = Snapshot.of(user);
        Snapshot after = before.with(change);
        DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();
        rules.check(!after.displayName().isEmpty(), "displayName", "must not be blank");
        rules.check(!after.roles().isEmpty(), "roles", "must name at least one role");
        if (change.partnershipIds() != null) {
            Set<Long> unknown = partnerships.unknown(after.partnershipIds());
            rules.check(unknown.isEmpty(), "partnershipIds", "names partnerships that do not exist: " + unknown);
        }
        rules.check(!after.roles().contains(Role.PARTNER) || !after.partnershipIds().isEmpty(), "partnershipIds",
                "must name at least one partnership for a PARTNER");
        rules.throwIfAny();
        if (before.equals(after)) {
            return UserView.of(user, clock.instant());
        }
        if (before.activeAdmin() && !after.activeAdmin()) {
            keepAnotherAdmin(username);
        }
        user.edit(after.displayName(), after.email(), after.roles(), after.partnershipIds(), after.active());
        int returned = before.active() && !after.active() ? assignedTasks.returnToGroups(username) : 0;
        AuditEntry entry = AuditEntry.of(AuditSubject.USER, username, action(before, after), "User " + username
                + " changed by an admin" + (returned > 0 ? "; " + returned + " claimed tasks given back to their groups"
                : ""));
        before.differences(after, entry);
        audit.record(entry);
        return UserView.of(repository.saveAndFlush(user), clock.instant());
    }

    /**
     * Refuses the change when no other active admin would remain. The active admins' rows are locked first, so two
     * admins switching each other off at once cannot both succeed.
     */
    private void keepAnotherAdmin(String username) {
        repository.lockAll(repository.findEnabledIdsByRole(Role.ADMIN));
        if (repository.countEnabledWithRoleOtherThan(Role.ADMIN, username) == 0) {
            throw new LastAdmin(username);
        }
    }

    private static String action(Snapshot before, Snapshot after) {
        if (before.active() != after.active()) {
            return after.active() ? "USER_REACTIVATED" : "USER_DEACTIVATED";
        }
        return "USER_CHANGED";
    }

    /** What an admin can change of a user, as a value to compare before and after. */
    private record Snapshot(String displayName, String email, Set<Role> roles, Set<Long> partnershipIds,
            boolean active) {

        static Snapshot of(AppUser user) {
            return new Snapshot(user.getDisplayName(), user.getEmail(), Set.copyOf(user.getRoles()),
                    Set.copyOf(user.getPartnershipIds()), user.isEnabled());
        }

        Snapshot with(UserChange change) {
            String email = change.email() == null ? this.email
                    : change.email().isBlank() ? null : change.email().trim();
            return new Snapshot(change.displayName() == null ? displayName : change.displayName().trim(), email,
                    change.roles() == null ? roles : Set.copyOf(change.roles()),
                    change.partnershipIds() == null ? partnershipIds : Set.copyOf(new LinkedHashSet<>(
                            change.partnershipIds())),
                    change.active() == null ? active : change.active());
        }

        boolean activeAdmin() {
            return active && roles.contains(Role.ADMIN);
        }

        void differences(Snapshot after, AuditEntry entry) {
            record(entry, "displayName", displayName, after.displayName);
            record(entry, "email", email, after.email);
            record(entry, "roles", sorted(roles), sorted(after.roles));
            record(entry, "partnershipIds", sorted(partnershipIds), sorted(after.partnershipIds));
            record(entry, "active", active, after.active);
        }

        private static void record(AuditEntry entry, String field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                entry.change(field, before, after);
            }
        }

        private static <T extends Comparable<T>> List<T> sorted(Set<T> values) {
            return values.stream().sorted().toList();
        }
    }
}
