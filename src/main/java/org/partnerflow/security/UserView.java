package org.partnerflow.security;

import java.time.Instant;
import java.util.List;

/**
 * A user as the API shows it: never the password; {@code lockedUntil} only while a lock-out lasts; {@code active}
 * false for a user switched off; {@code version} to send back with an edit.
 */
public record UserView(Long id, String username, String displayName, String email, List<Role> roles,
        List<Long> partnershipIds, Instant lockedUntil, boolean active, long version) {

    static UserView of(AppUser user, Instant now) {
        return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getRoles().stream().sorted().toList(), user.getPartnershipIds().stream().sorted().toList(),
                user.isLockedAt(now) ? user.getLockedUntil() : null, user.isEnabled(), user.getVersion());
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
