package org.partnerflow.award;

import jakarta.validation.Valid;
import org.partnerflow.award.ProposalRequest.BudgetYear;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code decideAward}. An approval names the amount (no more than requested or the cap) and may set
 * each tranche's amount (in milestone order) and each budget year's; what it leaves out, or gives exactly as the
 * proposal has it (the decision's page starts from those figures), is re-profiled in proportion when the amount is
 * below the amount requested (DecisionRules.asGiven).
 */
public record DecisionRequest(
        @NotNull PanelDecision decision,
        @Positive(message = "must be more than £0")
        @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal amountAwarded,
        @Size(max = 2000) String reasons,
        @Size(max = 4000) String conditions,
        @Size(max = 24) List<@NotNull @Positive(message = "must be more than £0")
                @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
                BigDecimal> trancheAmounts,
        @Size(max = 10) List<@NotNull @Valid BudgetYear> budgetByYear) {

    /** A decision that leaves the budget by year to be re-profiled in proportion. */
    public DecisionRequest(PanelDecision decision, BigDecimal amountAwarded, String reasons, String conditions,
            List<BigDecimal> trancheAmounts) {
        this(decision, amountAwarded, reasons, conditions, trancheAmounts, null);
    }
}
