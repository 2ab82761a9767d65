package org.partnerflow.programme;

import java.math.BigDecimal;
import java.util.List;
import org.partnerflow.organisation.OrganisationView;
import org.partnerflow.organisation.OrganisationType;

/** A programme as the API and pages show it, with the version a change names. */
public record ProgrammeView(Long id, String code, String title, String description, OrganisationView funder,
        BigDecimal totalBudget, BigDecimal awardCap, BigDecimal awarded, BigDecimal remainingBudget, int maxDurationMonths, int learningReviewCadenceMonths,
        List<OrganisationType> requiredMemberTypes, long version, boolean finalTrancheHeldForCloseOut,
        OpenData openData) {

    /** Whether the programme's grants are published as open data, under which grant id prefix, last changed when. */
    public record OpenData(boolean publish, String grantIdPrefix, java.time.Instant lastChanged) {

        public static OpenData none() {
            return new OpenData(false, null, null);
        }
    }

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(programme.getId(), programme.getCode(), programme.getTitle(),
                programme.getDescription(), OrganisationView.of(programme.getFunder()), programme.getTotalBudget(),
                programme.getAwardCap(), programme.getAwarded(), programme.getRemainingBudget(), programme.getMaxDurationMonths(), programme.getLearningReviewCadenceMonths(),
                programme.getRequiredMemberTypes().stream().sorted().toList(), programme.getVersion(),
                programme.isFinalTrancheHeldForCloseOut(),
                new OpenData(programme.getOpenData().isPublish(), programme.getOpenData().getGrantIdPrefix(),
                        programme.getOpenData().getChangedAt()));
    }
}
