package org.partnerflow.outcome;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new indicator, or a change to one. {@code reason} is needed once the partnership's award is ACTIVE: the change
 * is then a variation, kept in the indicator's history. {@code aims} names the aims or workstreams it serves.
 */
public record IndicatorRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull IndicatorUnit unit,
        Direction direction,
        @Digits(integer = 14, fraction = 2, message = "must be a number with at most two decimal places") BigDecimal baseline,
        @NotNull LocalDate baselineDate,
        @Size(max = 40) List<@Valid @NotNull Target> targets,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> aims,
        Boolean countsTowardsSavings,
        @Size(max = 2000) String reason) {

    /** The value to reach by the end of a period. */
    public record Target(@NotNull LocalDate periodEnd,
            @NotNull @Digits(integer = 14, fraction = 2, message = "must be a number with at most two decimal places")
            BigDecimal value) {
    }
}
