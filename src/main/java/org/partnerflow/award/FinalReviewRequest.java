package org.partnerflow.award;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code reviewFinalReport}: accept the final report (the award closes) or return it with comments. */
public record FinalReviewRequest(@NotNull Decision decision, @Size(max = 4000) String comments) {

    /** What the programme manager decided about the final report. */
    public enum Decision { ACCEPT, RETURN }
}
