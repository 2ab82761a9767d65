package org.partnerflow.security;

import java.time.Instant;
import java.util.List;

/** A user as the API shows it: never the password; {@code lockedUntil} only while a lock-out lasts. */
public record UserView(Long id, String username, String displayName, String email, List<Role> roles,
        List<Long> partnershipIds, Instant lockedUntil) {

    static UserView of(AppUser user, Instant now) {
        return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getRoles().stream().sorted().toList(), user.getPartnershipIds().stream().sorted().toList(),
                user.isLockedAt(now) ? user.getLockedUntil() : null);
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
