package org.partnerflow.variation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of the approveVariation task: a funder approves the variation (it is applied at once) or rejects it. */
public record ApproveVariationRequest(@NotNull Decision decision, @Size(max = 4000) String comments) {

    public enum Decision { APPROVE, REJECT }
}
