package org.partnerflow.outcome;

import org.partnerflow.partnership.MemberContributions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the partnership module whether a member has recorded contributions, so such a member is never removed. */
@Component
class ContributionsOfMembers implements MemberContributions {

    private final ContributionRepository contributions;

    ContributionsOfMembers(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasContributions(long partnershipId, long organisationId) {
        return contributions.existsByPartnershipIdAndOrganisationId(partnershipId, organisationId);
    }
}
