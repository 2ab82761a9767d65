package org.partnerflow.milestone;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code reviewMilestoneEvidence}: approve, or ask for changes saying what is missing. */
public record ReviewRequest(@NotNull Decision decision, @Size(max = 4000) String comments) {

    /** The programme manager's verdict on the evidence. */
    public enum Decision { APPROVE, REQUEST_CHANGES }
}
