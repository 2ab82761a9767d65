package org.partnerflow.variation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of the assessVariation task: a programme manager recommends, returns or rejects the variation. */
public record AssessVariationRequest(@NotNull Decision decision, @Size(max = 4000) String comments) {

    public enum Decision { RECOMMEND, RETURN, REJECT }
}
