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

    /**
     * The budget by year the approval leaves: the funder's years if given (the proposal's years, adding up to the
     * amount awarded), else the proposal's re-profiled in proportion to the amount awarded.
     */
    public static List<BudgetLine> budget(DecisionRequest request, List<BudgetLine> proposed) {
        if (request.budgetByYear() == null || request.budgetByYear().isEmpty()) {
            List<BigDecimal> amounts = Reprofile.proportionally(proposed.stream().map(BudgetLine::amount).toList(),
                    request.amountAwarded());
            return java.util.stream.IntStream.range(0, proposed.size())
                    .mapToObj(i -> new BudgetLine(proposed.get(i).year(), amounts.get(i))).toList();
        }
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        java.util.Set<Integer> years = new java.util.TreeSet<>(proposed.stream().map(BudgetLine::year).toList());
        List<Integer> given = request.budgetByYear().stream().map(ProposalRequest.BudgetYear::year).sorted().toList();
        errors.check(given.equals(List.copyOf(years)), "budgetByYear", "must give each of the proposal's years "
                + years + " once");
        BigDecimal sum = request.budgetByYear().stream().map(ProposalRequest.BudgetYear::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        errors.check(sum.compareTo(request.amountAwarded()) == 0, "budgetByYear", "must add up to amountAwarded ("
                + format(request.amountAwarded()) + "); the years add up to " + format(sum));
        errors.throwIfAny();
        return request.budgetByYear().stream().sorted(java.util.Comparator.comparing(ProposalRequest.BudgetYear::year))
                .map(b -> new BudgetLine(b.year(), b.amount().setScale(2))).toList();
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
            errors.throwIfAny();
            List<BigDecimal> scaled = amount.compareTo(amountRequested) == 0 ? planned
                    : Reprofile.proportionally(planned, amount);
            errors.check(scaled.stream().allMatch(t -> t.signum() > 0), "trancheAmounts",
                    "must be given: in proportion to the plan a tranche would be £0.00");
            errors.throwIfAny();
            return scaled;
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
