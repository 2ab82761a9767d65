package org.partnerflow.security;

import java.util.List;

/** A user as the API shows it: never the password. */
public record UserView(Long id, String username, String displayName, String email, List<Role> roles,
        List<Long> partnershipIds) {

    static UserView of(AppUser user) {
        return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getRoles().stream().sorted().toList(), user.getPartnershipIds().stream().sorted().toList());
    }
}
