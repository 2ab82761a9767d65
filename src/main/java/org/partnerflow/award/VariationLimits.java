package org.partnerflow.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.DomainRuleViolation.FieldRule;
import org.partnerflow.shared.Money;

/**
 * What an award variation is checked against: the award's money and period, the money already approved or released
 * (tranches due, proposed, held or paid), the latest approved milestone, and its programme's cap, maximum duration
 * and remaining budget. {@link #check} is the rule, pure, run when the variation is asked for and again, under the
 * programme's and the award's locks, when it is applied.
 */
public record VariationLimits(long awardId, long programmeId, long partnershipId, String reference, AwardStatus status,
        BigDecimal amountAwarded, BigDecimal amountReleased, BigDecimal approvedOrReleased, LocalDate startDate,
        LocalDate endDate, LocalDate latestApprovedDueDate, BigDecimal awardCap, int maxDurationMonths,
        BigDecimal remainingBudget) {

    /** The last end date the programme allows: its maximum duration from the award's start. */
    public LocalDate latestEndDate() {
        return AwardPeriod.endDate(startDate, maxDurationMonths);
    }

    /** Whether the award can be varied at all: only while it runs (ACTIVE or SUSPENDED). */
    public boolean open() {
        return status == AwardStatus.ACTIVE || status == AwardStatus.SUSPENDED;
    }

    /** Every rule a new amount and end date break (null keeps either), naming amountAwarded or endDate. */
    public List<FieldRule> check(BigDecimal newAmount, LocalDate newEnd, LocalDate today) {
        DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();
        if (newAmount != null) {
            BigDecimal increase = newAmount.subtract(amountAwarded);
            BigDecimal floor = approvedOrReleased.max(amountReleased);
            rules.check(newAmount.scale() <= 2, "amountAwarded", "must be in pounds and pence")
                    .check(newAmount.compareTo(awardCap) <= 0, "amountAwarded",
                            "must not be more than the programme's cap per award (" + Money.format(awardCap) + ")")
                    .check(increase.compareTo(remainingBudget) <= 0, "amountAwarded",
                            "must not take more than the programme's remaining budget (" + Money.format(remainingBudget)
                                    + ") on top of the award of " + Money.format(amountAwarded))
                    .check(newAmount.compareTo(floor) >= 0, "amountAwarded",
                            "must not be less than what is already approved or released (" + Money.format(floor) + ")");
        }
        if (newEnd != null) {
            rules.check(newEnd.isAfter(startDate), "endDate", "must be after the award's start date ("
                    + org.partnerflow.shared.PlainDates.format(startDate) + ")")
                    .check(!newEnd.isAfter(latestEndDate()), "endDate", "must be within the programme's maximum of "
                            + maxDurationMonths + " months from the start date, on or before "
                            + org.partnerflow.shared.PlainDates.format(latestEndDate()))
                    .check(!newEnd.isBefore(today), "endDate", "must not be in the past (today is " + today + ")")
                    .check(latestApprovedDueDate == null || !newEnd.isBefore(latestApprovedDueDate), "endDate",
                            "must not be before the approved milestone due on " + latestApprovedDueDate);
        }
        return rules.errors();
    }
}
