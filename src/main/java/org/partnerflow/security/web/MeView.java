package org.partnerflow.security.web;

import java.util.List;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;

/** Who the caller is, for {@code GET /api/v1/me}. */
record MeView(String username, String displayName, List<Role> roles, List<Long> partnershipIds, List<String> groups) {

    static MeView of(PartnerflowUser user) {
        return new MeView(user.getUsername(), user.displayName(), user.roles().stream().sorted().toList(),
                user.partnershipIds().stream().sorted().toList(), user.groups());
    }
}
