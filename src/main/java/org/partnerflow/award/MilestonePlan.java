package org.partnerflow.award;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import org.partnerflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award's milestone plan and tranches as the milestone workflow moves them: status changes, re-planning,
 * and the release of a tranche — once only, and never beyond the award, whatever arrives at the same time.
 */
@Service
public class MilestonePlan {

    private final EntityManager entityManager;
    private final Clock clock;

    MilestonePlan(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MilestoneFacts facts(long milestoneId) {
        Milestone milestone = milestone(milestoneId);
        return MilestoneFacts.of(milestone, trancheOf(milestone));
    }

    @Transactional
    public void markSubmitted(long milestoneId) {
        milestone(milestoneId).markSubmitted();
    }

    @Transactional
    public void returnForChanges(long milestoneId) {
        milestone(milestoneId).returnForChanges();
    }

    /** Approves the milestone; the tranche it gates becomes due for release. */
    @Transactional
    public void approve(long milestoneId) {
        Milestone milestone = milestone(milestoneId);
        milestone.approve(LocalDate.now(clock));
        PaymentTranche tranche = trancheOf(milestone);
        if (tranche != null) {
            tranche.markDue();
        }
    }

    /** Marks the milestone overdue if its evidence is still missing; true when it is overdue. */
    @Transactional
    public boolean markOverdueIfMissing(long milestoneId) {
        return milestone(milestoneId).markOverdueIfMissing(LocalDate.now(clock));
    }

    @Transactional
    public void replan(long milestoneId, LocalDate newDueDate) {
        Milestone milestone = milestone(milestoneId);
        Award award = milestone.getAward();
        if (!AwardPeriod.contains(award.getStartDate(), award.getDurationMonths(), newDueDate)) {
            throw new org.partnerflow.shared.DomainRuleViolation("dueDate", "must fall within the award period, "
                    + award.getStartDate() + " to " + award.getEndDate());
        }
        milestone.replan(newDueDate, LocalDate.now(clock));
    }

    /**
     * Sets one milestone's tranche to a new amount and gives the difference to (or takes it from) another
     * unreleased tranche of the same award, so the tranches still add up to the award. The award's row is locked
     * so a release cannot run in between.
     */
    @Transactional
    public void moveTrancheAmount(long milestoneId, long balancingMilestoneId, java.math.BigDecimal newAmount) {
        Milestone milestone = milestone(milestoneId);
        Milestone balancing = milestone(balancingMilestoneId);
        Award award = milestone.getAward();
        org.partnerflow.shared.DomainRuleViolation.Collector errors = new org.partnerflow.shared.DomainRuleViolation.Collector();
        errors.check(balancing.getAward().getId().equals(award.getId()) && balancingMilestoneId != milestoneId,
                "balancingMilestoneId", "must be another milestone of the same award");
        errors.throwIfAny();
        entityManager.refresh(award, LockModeType.PESSIMISTIC_WRITE);
        PaymentTranche tranche = trancheOf(milestone);
        PaymentTranche other = trancheOf(balancing);
        errors.check(tranche != null && open(tranche), "trancheAmount",
                "can only change for a tranche not yet proposed or released");
        errors.check(other != null && open(other), "balancingMilestoneId",
                "must be a milestone whose tranche is not yet proposed or released");
        errors.throwIfAny();
        java.math.BigDecimal difference = newAmount.setScale(2).subtract(tranche.getAmount());
        java.math.BigDecimal balanced = other.getAmount().subtract(difference);
        errors.check(balanced.signum() > 0, "trancheAmount", "would leave the balancing tranche at "
                + org.partnerflow.shared.Money.format(balanced) + "; it must stay above £0");
        errors.throwIfAny();
        tranche.setAmount(newAmount.setScale(2));
        other.setAmount(balanced);
    }

    private static boolean open(PaymentTranche tranche) {
        return tranche.getStatus() == TrancheStatus.SCHEDULED || tranche.getStatus() == TrancheStatus.DUE;
    }

    @Transactional
    public void proposeRelease(long trancheId) {
        tranche(trancheId).markProposed();
    }

    /**
     * Releases a tranche once. The award's row is locked first, so concurrent releases of this or any other
     * tranche of the award run one after the other; a tranche already released is not paid again.
     *
     * @return true when this call released it, false when it had been released before
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean release(long trancheId) {
        PaymentTranche tranche = tranche(trancheId);
        Award award = tranche.getAward();
        entityManager.refresh(award, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(tranche);
        if (tranche.getStatus() == TrancheStatus.RELEASED) {
            return false;
        }
        award.recordRelease(tranche, LocalDate.now(clock));
        return true;
    }

    /** Closes an award whose milestones are all delivered and whose period has ended. */
    @Transactional
    public void close(long awardId) {
        Award award = entityManager.find(Award.class, awardId);
        if (award == null) {
            throw new NotFoundException("Award", awardId);
        }
        award.close();
    }

    private Milestone milestone(long id) {
        Milestone milestone = entityManager.find(Milestone.class, id);
        if (milestone == null) {
            throw new NotFoundException("Milestone", id);
        }
        return milestone;
    }

    private PaymentTranche tranche(long id) {
        PaymentTranche tranche = entityManager.find(PaymentTranche.class, id);
        if (tranche == null) {
            throw new NotFoundException("Tranche", id);
        }
        return tranche;
    }

    private PaymentTranche trancheOf(Milestone milestone) {
        return milestone.getAward().getTranches().stream()
                .filter(t -> t.getMilestone() != null && t.getMilestone().getId().equals(milestone.getId()))
                .findFirst().orElse(null);
    }
}
