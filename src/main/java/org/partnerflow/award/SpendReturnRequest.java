package org.partnerflow.award;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A spend return: the year of the award (1 = the first twelve months) and what was actually spent in it. A
 * correction may send the {@code version} of the return it was based on; a stale one is refused with 409.
 */
public record SpendReturnRequest(
        @NotNull @Min(1) @Max(10) Integer year,
        @NotNull @PositiveOrZero(message = "must not be negative")
        @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal amountSpent,
        @Size(max = 4000) String narrative,
        @PositiveOrZero Long version) {
}
