package org.partnerflow.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code assessProposal}: a 0–5 score with a comment for each named criterion, and a recommendation, with the assessor's declaration that they have no conflict of interest. */
public record AssessmentRequest(
        @NotEmpty @Size(max = 20) List<@NotNull @Valid CriterionScore> scores,
        @NotNull Recommendation recommendation,
        @NotNull(message = "must be true: declare that you have no conflict of interest with this partnership")
        @AssertTrue(message = "must be true: declare that you have no conflict of interest with this partnership")
        Boolean noConflictOfInterest) {

    /** One criterion's score. */
    public record CriterionScore(
            @NotBlank @Size(max = 200) String criterion,
            @NotNull @Min(0) @Max(5) Integer score,
            @Size(max = 2000) String comment) {
    }
}
