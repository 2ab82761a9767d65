package org.partnerflow.outcome;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A cohort of the benefits case: how many people, and each one's cost a year now and under the new model. */
public record CohortRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Positive @Max(1_000_000) Integer people,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal baselineCostPerPersonYear,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal newCostPerPersonYear) {
}
