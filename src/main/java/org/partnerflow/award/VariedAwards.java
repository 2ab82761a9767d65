package org.partnerflow.award;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.milestone.MilestoneStatus;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Money;
import org.partnerflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award's side of a variation: the limits it is checked against, and the new amount and end date applied under
 * the programme's lock and then the award's (the order every budget change takes), the difference committed from or
 * returned to the programme's budget. The variation module runs the process and the milestones.
 */
@Service
public class VariedAwards {

    /** Tranches whose money is spoken for: the milestone approved (due, proposed, held) or paid. */
    private static final Set<TrancheStatus> APPROVED_OR_RELEASED = EnumSet.of(TrancheStatus.DUE,
            TrancheStatus.PROPOSED, TrancheStatus.HELD, TrancheStatus.RELEASED);

    private final EntityManager entityManager;
    private final AwardRepository repository;
    private final Programmes programmes;
    private final AwardPlans plans;
    private final AuditTrail audit;
    private final Clock clock;

    VariedAwards(EntityManager entityManager, AwardRepository repository, Programmes programmes, AwardPlans plans,
            AuditTrail audit, Clock clock) {
        this.entityManager = entityManager;
        this.repository = repository;
        this.programmes = programmes;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the award was and became. */
    public record Change(BigDecimal amountBefore, BigDecimal amountAfter, LocalDate endDateBefore,
            LocalDate endDateAfter) {
    }

    /** The limits as they stand now, without locking anything (to check a request, to show a form). */
    @Transactional(readOnly = true)
    public VariationLimits limits(long awardId) {
        Award award = repository.require(awardId);
        return limitsOf(award, award.getProgramme().getRemainingBudget());
    }

    /** Refuses (409) an award that is not running, and (400 naming the field) a new amount or end date it may not take. */
    @Transactional(readOnly = true)
    public void check(long awardId, BigDecimal newAmount, LocalDate newEnd) {
        VariationLimits limits = limits(awardId);
        requireOpen(limits);
        throwIfAny(limits.check(newAmount, newEnd, LocalDate.now(clock)));
    }

    /**
     * Applies a new amount and end date (null keeps either) in the caller's transaction: locks the programme, then
     * the award, checks again against what now stands, moves the difference to or from the budget and varies the award.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Change apply(long awardId, BigDecimal newAmount, LocalDate newEnd, String actor) {
        Award unlocked = repository.require(awardId);
        long programmeId = unlocked.getProgramme().getId();
        ProgrammeView budget = programmes.lockBudget(programmeId);
        Award award = lock(awardId);
        VariationLimits limits = limitsOf(award, budget.remainingBudget());
        requireOpen(limits);
        throwIfAny(limits.check(newAmount, newEnd, LocalDate.now(clock)));
        BigDecimal amountBefore = award.getAmountAwarded();
        LocalDate endBefore = award.getEndDate();
        if (newAmount != null && newAmount.compareTo(amountBefore) > 0) {
            programmes.commitAward(programmeId, awardId, newAmount.subtract(amountBefore), "amountAwarded");
        } else if (newAmount != null && newAmount.compareTo(amountBefore) < 0) {
            programmes.releaseAward(programmeId, awardId, amountBefore.subtract(newAmount));
        }
        AwardPeriod period = newEnd == null ? null : new AwardPeriod(award.getStartDate(), award.getDurationMonths(),
                award.getEndDate()).endingOn(newEnd);
        award.vary(newAmount, period);
        Change change = new Change(amountBefore, award.getAmountAwarded(), endBefore, award.getEndDate());
        AuditEntry entry = AuditEntry.of(AuditSubject.AWARD, awardId, "AWARD_VARIED", summary(change))
                .award(awardId, award.getPartnership().getId()).by(actor)
                .money("amountAwarded", change.amountBefore(), change.amountAfter());
        if (!Objects.equals(endBefore, change.endDateAfter())) {
            entry.change("endDate", endBefore, change.endDateAfter());
        }
        audit.record(entry);
        return change;
    }

    private static String summary(Change change) {
        String money = change.amountBefore().compareTo(change.amountAfter()) == 0 ? "amount unchanged"
                : "amount " + Money.format(change.amountBefore()) + " to " + Money.format(change.amountAfter());
        String end = Objects.equals(change.endDateBefore(), change.endDateAfter()) ? "end date unchanged"
                : "end date " + change.endDateBefore() + " to " + change.endDateAfter();
        return "Award varied: " + money + "; " + end;
    }

    private Award lock(long awardId) {
        Award award = entityManager.find(Award.class, awardId);
        if (award == null) {
            throw new NotFoundException("Award", awardId);
        }
        entityManager.refresh(award, LockModeType.PESSIMISTIC_WRITE);
        return award;
    }

    private VariationLimits limitsOf(Award award, BigDecimal remainingBudget) {
        long id = award.getId();
        BigDecimal committed = plans.tranches(List.of(id)).getOrDefault(id, List.of()).stream()
                .filter(t -> APPROVED_OR_RELEASED.contains(t.status())).map(AwardPlans.PlannedTranche::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate latestApproved = plans.milestones(List.of(id)).getOrDefault(id, List.of()).stream()
                .filter(m -> m.status() == MilestoneStatus.APPROVED).map(AwardPlans.PlannedMilestone::dueDate)
                .max(LocalDate::compareTo).orElse(null);
        var programme = award.getProgramme();
        return new VariationLimits(id, programme.getId(), award.getPartnership().getId(), award.getReference(),
                award.getStatus(), award.getAmountAwarded(), award.getAmountReleased(), committed,
                award.getStartDate(), award.getEndDate(), latestApproved, programme.getAwardCap(),
                programme.getMaxDurationMonths(), remainingBudget);
    }

    private static void requireOpen(VariationLimits limits) {
        if (!limits.open()) {
            throw new ConflictException("Award " + limits.reference() + " is " + limits.status()
                    + ": only an active or suspended award can be varied");
        }
    }

    private static void throwIfAny(List<DomainRuleViolation.FieldRule> errors) {
        DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();
        errors.forEach(e -> rules.check(false, e.field(), e.message()));
        rules.throwIfAny();
    }
}
