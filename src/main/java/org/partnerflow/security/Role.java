package org.partnerflow.security;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do; each staff role is also a Camunda candidate group. */
public enum Role {
    ADMIN("camunda-admin", "Administrator"),
    PROGRAMME_MANAGER("programme-managers", "Programme manager"),
    FUNDER("funders", "Funder"),
    ASSESSOR("assessors", "Assessor"),
    PARTNER(null, "Partner"),
    LEARNING_PARTNER("learning-partners", "Learning partner");

    private static final String PARTNERSHIP_GROUP_PREFIX = "partnership-";

    private final String group;
    private final String label;

    Role(String group, String label) {
        this.group = group;
        this.label = label;
    }

    /** The Camunda group for this role, or null for PARTNER (partners are grouped per partnership). */
    public String group() {
        return group;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The candidate group of one partnership's members. */
    public static String partnershipGroup(long partnershipId) {
        return PARTNERSHIP_GROUP_PREFIX + partnershipId;
    }

    /** The partnership whose group this is, or empty for any other name; the inverse of {@link #partnershipGroup}. */
    public static Optional<Long> partnershipOf(String group) {
        if (group == null || !group.startsWith(PARTNERSHIP_GROUP_PREFIX)) {
            return Optional.empty();
        }
        String id = group.substring(PARTNERSHIP_GROUP_PREFIX.length());
        // ASCII digits in canonical form only, so "partnership-007" or "partnership-+3" never alias another group
        if (id.isEmpty() || id.length() > 18 || id.startsWith("0") || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    /** The staff role whose group this is, or empty for partnership groups and unknown names. */
    public static Optional<Role> ofGroup(String group) {
        return Arrays.stream(values()).filter(role -> role.group != null && role.group.equals(group)).findFirst();
    }
}
