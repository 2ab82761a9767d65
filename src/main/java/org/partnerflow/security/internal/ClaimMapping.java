package org.partnerflow.security.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerflow.security.Role;

/** Turns an identity provider's claims into Partnerflow roles and partnership ids, by {@link SingleSignOnProperties}. */
final class ClaimMapping {

    /** The roles and partnerships the claims map to; either may be empty. */
    record Mapped(Set<Role> roles, Set<Long> partnershipIds) {
    }

    private final SingleSignOnProperties properties;
    private final Map<String, Set<Role>> roles;
    private final Map<String, Long> partnerships;
    private final Pattern partnershipPattern;

    ClaimMapping(SingleSignOnProperties properties) {
        this.properties = properties;
        this.roles = new java.util.HashMap<>();
        properties.roleMapping().forEach((value, mapped) -> roles.merge(key(value), Set.copyOf(mapped), (a, b) -> {
            Set<Role> both = EnumSet.copyOf(a);
            both.addAll(b);
            return both;
        }));
        this.partnershipPattern = Pattern.compile(properties.partnershipPattern(), Pattern.CASE_INSENSITIVE);
        this.partnerships = new java.util.HashMap<>();
        properties.partnershipMapping().forEach((value, id) -> partnerships.put(key(value), id));
    }

    Mapped map(Map<String, Object> claims) {
        Set<Role> mappedRoles = EnumSet.noneOf(Role.class);
        Set<Long> partnershipIds = new LinkedHashSet<>();
        for (String claim : properties.claims()) {
            for (String value : values(claims.get(claim))) {
                mappedRoles.addAll(roles.getOrDefault(key(value), Set.of()));
                Long mapped = partnerships.get(key(value));
                if (mapped != null) {
                    partnershipIds.add(mapped);
                }
                Matcher pattern = partnershipPattern.matcher(value.trim());
                if (pattern.matches()) {
                    try {
                        partnershipIds.add(Long.parseLong(pattern.group(1)));
                    } catch (NumberFormatException notAnId) {
                        // a pattern whose group is not a number names no partnership
                    }
                }
            }
        }
        if (!partnershipIds.isEmpty() && properties.partnershipMakesPartner()) {
            mappedRoles.add(Role.PARTNER);
        }
        return new Mapped(mappedRoles, partnershipIds);
    }

    /** A claim's values: a JSON array, or one string (Keycloak and others may send a single group as text). */
    private static Collection<String> values(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> many) {
            many.stream().filter(v -> v != null).map(String::valueOf).filter(v -> !v.isBlank()).forEach(values::add);
        } else if (claim instanceof String one && !one.isBlank()) {
            values.add(one);
        }
        return values;
    }

    private static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
