package org.partnerflow.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The body of {@code submitProposal}: what the partnership asks for and how it will deliver it. */
public record ProposalRequest(
        @NotBlank @Size(max = 4000) String summary,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> communityAims,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> systemAims,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> workstreams,
        @NotNull @Positive(message = "must be more than £0")
        @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal amountRequested,
        @NotNull LocalDate startDate,
        @NotNull @Min(1) @Max(120) Integer durationMonths,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid BudgetYear> budgetByYear,
        @NotEmpty @Size(max = 24) List<@NotNull @Valid MilestonePlan> milestones) {

    /** What the partnership plans to spend in one year of the award (year 1 starts on the start date). */
    public record BudgetYear(
            @NotNull @Min(1) @Max(10) Integer year,
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
            BigDecimal amount) {
    }

    /** A milestone: when which evidence is due, and the tranche its approval releases. */
    public record MilestonePlan(
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate dueDate,
            @Size(max = 2000) String evidenceExpected,
            @NotNull @Positive(message = "must be more than £0")
            @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
            BigDecimal trancheAmount) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
