package org.partnerflow.award;

import static org.partnerflow.shared.Money.format;

import java.math.BigDecimal;
import java.util.List;
import org.partnerflow.shared.DomainRuleViolation;

/**
 * What a panel decision must say: an approval an amount within the request and the cap, with tranches that add
 * up to it exactly; a rejection or a request for changes its reasons. Returns the tranche amounts to offer.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /** Checks the decision against the amount requested and the plan's tranche amounts (in the plan's order). */
    public static List<BigDecimal> check(DecisionRequest request, BigDecimal amountRequested, List<BigDecimal> planned,
            BigDecimal awardCap) {
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        if (request.decision() != PanelDecision.APPROVE) {
            errors.check(request.reasons() != null && !request.reasons().isBlank(), "reasons",
                    "must say why, for the partnership to read");
            errors.throwIfAny();
            return List.of();
        }
        BigDecimal amount = request.amountAwarded();
        errors.check(amount != null, "amountAwarded", "must be given to approve");
        errors.throwIfAny();
        errors.check(amount.compareTo(amountRequested) <= 0, "amountAwarded",
                "must not be more than the amount requested (" + format(amountRequested) + ")");
        errors.check(amount.compareTo(awardCap) <= 0, "amountAwarded",
                "must not be more than the programme's award cap (" + format(awardCap) + ")");

        List<BigDecimal> tranches = request.trancheAmounts() == null || request.trancheAmounts().isEmpty()
                ? null : request.trancheAmounts();
        if (tranches == null) {
            errors.check(amount.compareTo(amountRequested) == 0, "trancheAmounts",
                    "must give each tranche's amount when amountAwarded differs from the amount requested");
            errors.throwIfAny();
            return planned;
        }
        errors.check(tranches.size() == planned.size(), "trancheAmounts",
                "must have one amount for each of the " + planned.size() + " milestones");
        BigDecimal sum = tranches.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        errors.check(sum.compareTo(amount) == 0, "trancheAmounts",
                "must add up to amountAwarded (" + format(amount) + "); they add up to " + format(sum));
        errors.throwIfAny();
        return tranches;
    }
}
