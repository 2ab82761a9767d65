package org.partnerflow.partnership;

import java.util.List;
import org.partnerflow.organisation.OrganisationView;

/** A partnership as the API and pages show it, with the version a change names. */
public record PartnershipView(Long id, Long programmeId, String programmeTitle, String name, String place,
        String description, OrganisationView leadOrganisation, List<MemberView> members, List<String> communityAims,
        List<String> systemAims, List<String> workstreams, BeneficiaryLocation beneficiaryLocation, long version) {

    /** A member organisation and its role. */
    public record MemberView(OrganisationView organisation, String role) {
    }

    static PartnershipView of(Partnership p) {
        return new PartnershipView(p.getId(), p.getProgramme().getId(), p.getProgramme().getTitle(), p.getName(),
                p.getPlace(), p.getDescription(), OrganisationView.of(p.getLeadOrganisation()),
                p.getMembers().stream().map(m -> new MemberView(OrganisationView.of(m.getOrganisation()), m.getRole()))
                        .toList(),
                p.getCommunityAims(), p.getSystemAims(), p.getWorkstreams(), p.getBeneficiaryLocation(), p.getVersion());
    }
}
