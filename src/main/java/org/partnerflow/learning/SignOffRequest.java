package org.partnerflow.learning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code signOffLearningReview}: sign off (optionally proposing a case-study update) or return it. */
public record SignOffRequest(@NotNull Decision decision, @Size(max = 4000) String comments, Boolean proposeCaseStudyUpdate) {

    /** The programme manager's decision. */
    public enum Decision { SIGN_OFF, RETURN }

    public boolean proposesUpdate() {
        return decision == Decision.SIGN_OFF && Boolean.TRUE.equals(proposeCaseStudyUpdate);
    }
}
