package org.partnerflow.award;

import static org.partnerflow.shared.Money.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerflow.shared.DomainRuleViolation;

/**
 * The rules a proposal must keep before it is accepted for checking: within the cap, the remaining budget and
 * the maximum duration; a budget by year and a milestone plan whose tranches both add up to the amount asked
 * for; every milestone inside the award period. All broken rules are reported at once, each with its field.
 */
public final class ProposalRules {


    private ProposalRules() {
    }

    public static List<DomainRuleViolation.FieldRule> check(ProposalRequest proposal, ProgrammeTerms terms) {
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        BigDecimal asked = proposal.amountRequested();
        errors.check(asked.compareTo(terms.awardCap()) <= 0, "amountRequested",
                "must not be more than the programme's award cap (" + format(terms.awardCap()) + ")");
        errors.check(asked.compareTo(terms.remainingBudget()) <= 0, "amountRequested",
                "must not be more than the programme's remaining budget (" + format(terms.remainingBudget()) + ")");
        int months = proposal.durationMonths();
        errors.check(months <= terms.maxDurationMonths(), "durationMonths",
                "must not be more than the programme's maximum of " + terms.maxDurationMonths() + " months");

        BigDecimal tranches = proposal.milestones().stream().map(ProposalRequest.MilestonePlan::trancheAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        errors.check(tranches.compareTo(asked) == 0, "milestones",
                "tranche amounts must add up to amountRequested (" + format(asked) + "); they add up to " + format(tranches));
        LocalDate start = proposal.startDate();
        LocalDate end = AwardPeriod.endDate(start, months);
        for (int i = 0; i < proposal.milestones().size(); i++) {
            LocalDate due = proposal.milestones().get(i).dueDate();
            errors.check(AwardPeriod.contains(start, months, due), "milestones[" + i + "].dueDate",
                    "must fall within the award period, " + org.partnerflow.shared.PlainDates.format(start) + " to "
                            + org.partnerflow.shared.PlainDates.format(end));
        }

        BigDecimal budget = proposal.budgetByYear().stream().map(ProposalRequest.BudgetYear::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        errors.check(budget.compareTo(asked) == 0, "budgetByYear",
                "must add up to amountRequested (" + format(asked) + "); it adds up to " + format(budget));
        int years = (months + 11) / 12;
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < proposal.budgetByYear().size(); i++) {
            int year = proposal.budgetByYear().get(i).year();
            errors.check(year <= years, "budgetByYear[" + i + "].year",
                    "must be between 1 and " + years + " (the award lasts " + months + " months)");
            errors.check(seen.add(year), "budgetByYear[" + i + "].year", "lists year " + year + " a second time");
        }
        return errors.errors();
    }
}
