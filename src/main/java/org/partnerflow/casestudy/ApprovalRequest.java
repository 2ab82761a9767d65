package org.partnerflow.casestudy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code approveCaseStudyVersion}: publish the draft as the next version, or return it with comments. */
public record ApprovalRequest(@NotNull Decision decision, @Size(max = 4000) String comments) {

    /** The programme manager's verdict on the draft. */
    public enum Decision { PUBLISH, RETURN }
}
