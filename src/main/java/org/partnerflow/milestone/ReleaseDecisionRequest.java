package org.partnerflow.milestone;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code approveTrancheRelease}: release the money, or hold it (back to the programme manager). */
public record ReleaseDecisionRequest(@NotNull Decision decision, @Size(max = 4000) String comments) {

    /** The approver's decision. */
    public enum Decision { RELEASE, HOLD }
}
