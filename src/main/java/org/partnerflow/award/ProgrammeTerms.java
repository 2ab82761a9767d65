package org.partnerflow.award;

import java.math.BigDecimal;
import java.util.Set;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.programme.Programme;

/** The programme's rules an award must keep, as plain values for the policies. */
public record ProgrammeTerms(BigDecimal awardCap, BigDecimal remainingBudget, int maxDurationMonths,
        Set<OrganisationType> requiredMemberTypes) {

    public static ProgrammeTerms of(Programme programme) {
        return new ProgrammeTerms(programme.getAwardCap(), programme.getRemainingBudget(),
                programme.getMaxDurationMonths(), programme.getRequiredMemberTypes());
    }
}
