package org.partnerflow.security.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnerflow.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on through OpenID Connect, off unless {@code enabled}. The provider itself is Spring Boot's
 * {@code spring.security.oauth2.client.registration.<id>} and {@code provider.<id>.issuer-uri}. The values of the
 * {@code claims} (groups by default; roles for Entra ID app roles) give the roles ({@code role-mapping}: a value to
 * one or more roles) and the partnerships ({@code partnership-mapping}: a value to a partnership id, or a value
 * matching {@code partnership-pattern}, whose first group is the id). Values are compared ignoring case. A
 * partnership makes its member a PARTNER when {@code partnership-makes-partner}. The username comes from
 * {@code username-claim}, else the email claim.
 */
@ConfigurationProperties("partnerflow.sso")
record SingleSignOnProperties(boolean enabled, List<String> claims, String usernameClaim,
        Map<String, Set<Role>> roleMapping, Map<String, Long> partnershipMapping, String partnershipPattern,
        Boolean partnershipMakesPartner) {

    static final String DEFAULT_PARTNERSHIP_PATTERN = "partnerflow-partnership-(\\d{1,18})";

    SingleSignOnProperties {
        claims = claims == null || claims.isEmpty() ? List.of("groups") : List.copyOf(claims);
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        roleMapping = roleMapping == null ? Map.of() : new LinkedHashMap<>(roleMapping);
        partnershipMapping = partnershipMapping == null ? Map.of() : new LinkedHashMap<>(partnershipMapping);
        partnershipPattern = partnershipPattern == null || partnershipPattern.isBlank() ? DEFAULT_PARTNERSHIP_PATTERN
                : partnershipPattern;
        partnershipMakesPartner = partnershipMakesPartner == null || partnershipMakesPartner;
        if (Pattern.compile(partnershipPattern).matcher("").groupCount() < 1) {
            throw new IllegalArgumentException("partnerflow.sso.partnership-pattern needs a group for the partnership id");
        }
    }
}
