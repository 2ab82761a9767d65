package org.partnerflow.organisation;

/** The kinds of organisation a partnership or a programme involves. */
public enum OrganisationType {
    NHS_BODY("NHS body"),
    LOCAL_AUTHORITY("Local authority"),
    VCSE("Voluntary, community or social enterprise"),
    HOUSING_ASSOCIATION("Housing association"),
    COMMUNITY_GROUP("Community group"),
    FUNDER("Funder"),
    OTHER("Other");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
