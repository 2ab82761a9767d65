package org.partnerflow.programme;

import java.math.BigDecimal;
import java.util.List;
import org.partnerflow.organisation.OrganisationView;
import org.partnerflow.organisation.OrganisationType;

/** A programme as the API and pages show it, with the version a change names. */
public record ProgrammeView(Long id, String code, String title, String description, OrganisationView funder,
        BigDecimal totalBudget, BigDecimal awardCap, BigDecimal awarded, BigDecimal remainingBudget, int maxDurationMonths, int learningReviewCadenceMonths,
        List<OrganisationType> requiredMemberTypes, long version, boolean finalTrancheHeldForCloseOut) {

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(programme.getId(), programme.getCode(), programme.getTitle(),
                programme.getDescription(), OrganisationView.of(programme.getFunder()), programme.getTotalBudget(),
                programme.getAwardCap(), programme.getAwarded(), programme.getRemainingBudget(), programme.getMaxDurationMonths(), programme.getLearningReviewCadenceMonths(),
                programme.getRequiredMemberTypes().stream().sorted().toList(), programme.getVersion(),
                programme.isFinalTrancheHeldForCloseOut());
    }
}
