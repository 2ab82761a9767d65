package org.partnerflow.security;

/** What a user may do; each staff role is also a Camunda candidate group. */
public enum Role {
    ADMIN("camunda-admin", "Administrator"),
    PROGRAMME_MANAGER("programme-managers", "Programme manager"),
    FUNDER("funders", "Funder"),
    ASSESSOR("assessors", "Assessor"),
    PARTNER(null, "Partner"),
    LEARNING_PARTNER("learning-partners", "Learning partner");

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
        return "partnership-" + partnershipId;
    }
}
