package org.partnerflow.organisation;

/** An organisation as the API shows it, with the version a change names. */
public record OrganisationView(Long id, String name, OrganisationType type, String orgId, String postcode,
        long version) {

    public static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.getId(), organisation.getName(), organisation.getType(),
                organisation.getOrgId(), organisation.getPostcode(), organisation.getVersion());
    }
}
