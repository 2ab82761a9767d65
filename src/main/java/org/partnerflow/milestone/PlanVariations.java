package org.partnerflow.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the milestones of an award not yet approved, as an approved award variation asks: removed ones are
 * withdrawn (their delivery ends, their tranche is cancelled), new ones start a delivery inside the award's running
 * deliverMilestones, moved ones take their timers and their tranche's planned date with them. A milestone is open
 * while it is not approved (nor withdrawn) and its tranche is only scheduled; evidence under review is still open.
 * Everything approved, held or released stays as it is and counts against the new award amount.
 */
@Service
public class PlanVariations {

    private final PlanRows rows;
    private final MilestoneWithdrawals withdrawals;
    private final MilestoneRuns runs;
    private final MilestoneTimers timers;
    private final AwardLedger awards;

    PlanVariations(PlanRows rows, MilestoneWithdrawals withdrawals, MilestoneRuns runs, MilestoneTimers timers,
            AwardLedger awards) {
        this.rows = rows;
        this.withdrawals = withdrawals;
        this.runs = runs;
        this.timers = timers;
        this.awards = awards;
    }

    /** Checks a varied plan without changing anything: DomainRuleViolation naming milestones[i].&lt;field&gt; and the rule,
     *  or the field "milestones" for rules over the list (tranches must add up to newAwardAmount less what is already
     *  approved or released; due dates within the award's start and newEndDate; an id must be an open milestone of this
     *  award). A null list means the milestones stay as they are, which holds only if their tranches still add up.
     *  A null amount or end date means the award's own. */
    @Transactional(readOnly = true)
    public void check(long awardId, List<PlanChange> milestones, BigDecimal newAwardAmount, LocalDate newEndDate) {
        AwardLedger.AwardSummary award = awards.summary(awardId);
        check(award, rows.load(awardId, award.partnershipId(), false), milestones, newAwardAmount, newEndDate);
    }

    /** Applies it: called inside the caller's transaction (Propagation.MANDATORY), the caller holding the award's lock.
     *  The award's milestone rows are locked too, so a milestone approval racing the variation waits for it and then
     *  fails on the milestone's version if the variation changed that milestone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PlanChangeSummary replaceOpenMilestones(long awardId, List<PlanChange> milestones, BigDecimal newAwardAmount,
            LocalDate newEndDate, String reason, String actor) {
        AwardLedger.AwardSummary award = awards.summary(awardId);
        PlanRows.Plan plan = rows.load(awardId, award.partnershipId(), true);
        check(award, plan, milestones, newAwardAmount, newEndDate);
        PlanChangeSummary summary = new PlanChangeSummary(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        if (milestones == null) {
            return summary;
        }
        Map<Long, PlanChange> kept = milestones.stream().filter(m -> m.id() != null)
                .collect(Collectors.toMap(PlanChange::id, Function.identity()));
        Set<Long> open = plan.current().openIds();
        for (Milestone milestone : List.copyOf(plan.milestones())) {
            if (open.contains(milestone.getId()) && !kept.containsKey(milestone.getId())) {
                if (!runs.withdraw(milestone.getId(), reason, actor)) {
                    withdrawals.withdraw(milestone.getId(), reason, actor);
                }
                summary.removed().add(milestone.getId());
            }
        }
        for (PlanChange change : milestones) {
            if (change.id() == null) {
                summary.added().add(rows.add(plan, change, reason, actor).getId());
            } else {
                vary(plan, plan.milestone(change.id()), change, reason, actor, summary);
            }
        }
        rows.renumber(plan);
        for (Long moved : summary.moved()) {
            timers.follow(moved, plan.milestone(moved).getDueDate());
        }
        boolean running = "ACTIVE".equals(award.status()) || "SUSPENDED".equals(award.status());
        for (Long added : summary.added()) {
            runs.start(awardId, award.partnershipId(), added, running);
        }
        return summary;
    }

    /** When the award's end date moves (with or without a milestone list): the close-out timer (process variable
     *  closeOutAt of grantAward, timer of activity awardPeriodEnded) is recalculated. Same transaction rules.
     *  Learning reviews and outcome periods are the learning and outcome modules' to follow (they sit above this one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void followNewEndDate(long awardId, LocalDate newEndDate) {
        // as CloseOut.activate sets it: the first moment after the last day of the award, UK time
        runs.moveCloseOut(awardId, Date.from(newEndDate.plusDays(1).atStartOfDay(MilestoneSchedule.UK).toInstant()));
    }

    private void vary(PlanRows.Plan plan, Milestone milestone, PlanChange change, String reason, String actor,
            PlanChangeSummary summary) {
        if (!milestone.getDueDate().equals(change.dueDate())) {
            rows.move(plan, milestone, change.dueDate(), reason, actor);
            summary.moved().add(milestone.getId());
        }
        PaymentTranche tranche = plan.tranches().get(milestone.getId());
        if (tranche != null && tranche.getAmount().compareTo(change.trancheAmount()) != 0) {
            rows.setAmount(plan, milestone, change.trancheAmount(), reason, actor);
            summary.amountsChanged().add(milestone.getId());
        }
        String title = change.title().trim();
        if (!title.equals(milestone.getTitle()) || !Objects.equals(change.evidenceExpected(),
                milestone.getEvidenceExpected())) {
            rows.describe(plan, milestone, title, change.evidenceExpected(), actor);
        }
    }

    private static void check(AwardLedger.AwardSummary award, PlanRows.Plan plan, List<PlanChange> milestones,
            BigDecimal newAwardAmount, LocalDate newEndDate) {
        BigDecimal amount = newAwardAmount != null ? newAwardAmount : award.amountAwarded();
        LocalDate end = newEndDate != null ? newEndDate : award.endDate();
        VariedPlanRules.check(milestones, plan.current(), award.startDate(), end, amount);
    }
}
