package org.partnerflow.organisation;

/** An organisation as the API shows it. */
public record OrganisationView(Long id, String name, OrganisationType type, String orgId, String postcode) {

    public static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.getId(), organisation.getName(), organisation.getType(),
                organisation.getOrgId(), organisation.getPostcode());
    }
}
