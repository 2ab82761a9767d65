package org.partnerflow.outcome;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A member organisation's commitment: cash or in kind, an amount in pounds, over years of the partnership. */
public record ContributionRequest(
        @NotNull Long organisationId,
        @NotNull Kind kind,
        @Size(max = 500) String description,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal committed,
        @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal contributed,
        @NotNull @Min(2000) @Max(2100) Integer fromYear,
        @NotNull @Min(2000) @Max(2100) Integer toYear) {

    /** CASH or IN_KIND. */
    public enum Kind { CASH, IN_KIND }
}
