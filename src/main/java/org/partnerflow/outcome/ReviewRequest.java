package org.partnerflow.outcome;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of reviewOutcomes: a decision on every value waiting for one; a return needs comments. */
public record ReviewRequest(@NotNull @Size(min = 1, max = 60) List<@Valid @NotNull Decision> decisions) {

    /** Approve or return one indicator's value. */
    public enum Choice { APPROVE, RETURN }

    /** The decision on one indicator's value. */
    public record Decision(@NotNull Long indicatorId, @NotNull Choice decision, @Size(max = 4000) String comments) {
    }
}
