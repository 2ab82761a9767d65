package org.partnerflow.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.partnerflow.organisation.OrganisationData;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.partnership.PartnershipRequest;
import org.partnerflow.programme.ProgrammeRequest;

/** The shape of demo/demo-data.json: the API's request bodies, partnerships nested in their programme. */
record DemoData(List<Programme> programmes) {

    record Programme(String code, String title, String description, OrganisationData funder, BigDecimal totalBudget,
            BigDecimal awardCap, Integer maxDurationMonths, Integer learningReviewCadenceMonths,
            Set<OrganisationType> requiredMemberTypes, List<Partnership> partnerships) {

        ProgrammeRequest request() {
            return new ProgrammeRequest(code, title, description, funder, totalBudget, awardCap, maxDurationMonths,
                    learningReviewCadenceMonths, requiredMemberTypes);
        }
    }

    record Partnership(String name, String place, String description, OrganisationData leadOrganisation,
            List<PartnershipRequest.Member> members, List<String> communityAims, List<String> systemAims,
            List<String> workstreams, PartnershipRequest.Location beneficiaryLocation) {

        PartnershipRequest request(long programmeId) {
            return new PartnershipRequest(programmeId, name, place, description, leadOrganisation, members,
                    communityAims, systemAims, workstreams, beneficiaryLocation);
        }
    }
}
