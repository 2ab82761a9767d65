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

    /** What an approval leaves: the tranche amounts to offer, and the budget by year (null when it stays as it is). */
    public record Outcome(List<BigDecimal> tranches, List<BudgetLine> budget) {
    }

    /**
     * Every rule of the decision at once, tranches and budget by year together, so the funder learns all that is
     * wrong in one answer. Figures equal to the proposal's own count as not given (see {@link #asGiven}).
     */
    public static Outcome decide(DecisionRequest request, BigDecimal amountRequested, List<BigDecimal> planned,
            List<BudgetLine> proposed, BigDecimal awardCap) {
        DecisionRequest given = asGiven(request, planned, proposed);
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        List<BigDecimal> tranches = List.of();
        try {
            tranches = check(given, amountRequested, planned, awardCap);
        } catch (DomainRuleViolation broken) {
            broken.errors().forEach(e -> errors.check(false, e.field(), e.message()));
        }
        List<BudgetLine> budget = null;
        boolean budgetGiven = given.budgetByYear() != null && !given.budgetByYear().isEmpty();
        if (given.decision() == PanelDecision.APPROVE && given.amountAwarded() != null
                && (budgetGiven || given.amountAwarded().compareTo(amountRequested) < 0)) {
            try {
                budget = budget(given, proposed);
            } catch (DomainRuleViolation broken) {
                broken.errors().forEach(e -> errors.check(false, e.field(), e.message()));
            }
        }
        errors.throwIfAny();
        return new Outcome(tranches, budget);
    }

    /**
     * The decision with the tranche amounts and the budget years left out where they are exactly the proposal's
     * (the page starts from them). Left as they were, they could only add up to the amount requested: for that
     * amount they change nothing, and for a lower one they could only be refused, where the funder meant to share
     * the lower amount in proportion.
     */
    public static DecisionRequest asGiven(DecisionRequest request, List<BigDecimal> planned, List<BudgetLine> proposed) {
        boolean samePlan = sameAmounts(request.trancheAmounts(), planned);
        boolean sameBudget = request.budgetByYear() != null && request.budgetByYear().size() == proposed.size()
                && java.util.stream.IntStream.range(0, proposed.size()).allMatch(i ->
                        request.budgetByYear().get(i).year() != null
                                && request.budgetByYear().get(i).year() == proposed.get(i).year()
                                && same(request.budgetByYear().get(i).amount(), proposed.get(i).amount()));
        if (!samePlan && !sameBudget) {
            return request;
        }
        return new DecisionRequest(request.decision(), request.amountAwarded(), request.reasons(),
                request.conditions(), samePlan ? null : request.trancheAmounts(),
                sameBudget ? null : request.budgetByYear());
    }

    private static boolean sameAmounts(List<BigDecimal> given, List<BigDecimal> planned) {
        return given != null && !given.isEmpty() && given.size() == planned.size()
                && java.util.stream.IntStream.range(0, planned.size()).allMatch(i -> same(given.get(i), planned.get(i)));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
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
