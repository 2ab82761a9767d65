package org.partnerflow.milestone;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.Money;
import org.partnerflow.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An award's milestones and tranches as the milestone workflow moves them: status changes, re-planning, and the
 * release of a tranche, once only and never beyond the award, whatever arrives at the same time. What it needs of
 * the award (its partnership, period and row lock) comes through {@link AwardLedger}; the award hears of each release
 * as a {@link TrancheReleased} event.
 */
@Service
public class MilestonePlan {

    private final EntityManager entityManager;
    private final Clock clock;
    private final AuditTrail audit;
    private final AwardLedger awards;
    private final ApplicationEventPublisher events;

    MilestonePlan(EntityManager entityManager, Clock clock, AuditTrail audit, AwardLedger awards,
            ApplicationEventPublisher events) {
        this.audit = audit;
        this.awards = awards;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MilestoneFacts facts(long milestoneId) {
        Milestone milestone = milestone(milestoneId);
        return MilestoneFacts.of(milestone, trancheOf(milestone), awards.summary(milestone.getAwardId()));
    }

    /**
     * Marks the milestone's evidence submitted, counts the round, and says what changed. Reads the milestone row only
     * (this runs on every evidence submission), not the tranche and award that facts() reads.
     */
    @Transactional
    public MilestoneStatusChange markSubmitted(long milestoneId) {
        Milestone milestone = milestone(milestoneId);
        MilestoneStatus before = milestone.getStatus();
        milestone.markSubmitted();
        return new MilestoneStatusChange(milestone.getId(), milestone.getTitle(), milestone.getAwardId(), before,
                milestone.getStatus(), milestone.getEvidenceRounds());
    }

    @Transactional
    public void returnForChanges(long milestoneId) {
        Milestone milestone = milestone(milestoneId);
        MilestoneStatus before = milestone.getStatus();
        milestone.returnForChanges();
        audit.record(entry(milestone, "MILESTONE_RETURNED", "Evidence for " + milestone.getTitle()
                + " returned to the partnership").change("status", before, milestone.getStatus()));
    }

    /** Approves the milestone; the tranche it gates becomes due for release. */
    @Transactional
    public void approve(long milestoneId) {
        Milestone milestone = milestone(milestoneId);
        MilestoneStatus before = milestone.getStatus();
        milestone.approve(LocalDate.now(clock));
        PaymentTranche tranche = trancheOf(milestone);
        AuditEntry entry = entry(milestone, "MILESTONE_APPROVED", "Milestone " + milestone.getTitle() + " approved")
                .change("status", before, milestone.getStatus());
        if (tranche != null) {
            TrancheStatus trancheBefore = tranche.getStatus();
            tranche.markDue();
            entry.change("trancheStatus", trancheBefore, tranche.getStatus());
        }
        audit.record(entry);
    }

    /** Marks the milestone overdue if its evidence is still missing; true when it is overdue. */
    @Transactional
    public boolean markOverdueIfMissing(long milestoneId) {
        Milestone milestone = milestone(milestoneId);
        MilestoneStatus before = milestone.getStatus();
        boolean overdue = milestone.markOverdueIfMissing(LocalDate.now(clock));
        if (before != milestone.getStatus()) {
            audit.record(entry(milestone, "MILESTONE_OVERDUE", "Milestone " + milestone.getTitle()
                    + " is overdue: no evidence by " + milestone.getDueDate()).change("status", before, milestone.getStatus()));
        }
        return overdue;
    }

    /** Moves the milestone's due date and its tranche's planned date, with the reason kept in the audit trail. */
    @Transactional
    public void replan(long milestoneId, LocalDate newDueDate, String reason) {
        Milestone milestone = milestone(milestoneId);
        AwardLedger.AwardSummary award = awards.summary(milestone.getAwardId());
        if (!withinPeriod(award, newDueDate)) {
            throw new org.partnerflow.shared.DomainRuleViolation("dueDate", "must fall within the award period, "
                    + award.startDate() + " to " + award.endDate());
        }
        audit.record(DueDateMoves.move(milestone, trancheOf(milestone), newDueDate, LocalDate.now(clock),
                entry(milestone, "DUE_DATE_REPLANNED", "Due date of " + milestone.getTitle() + " moved: " + reason)));
    }

    /**
     * Sets one milestone's tranche to a new amount and gives the difference to (or takes it from) another
     * unreleased tranche of the same award, so the tranches still add up to the award. The award's row is locked
     * so a release cannot run in between.
     */
    @Transactional
    public void moveTrancheAmount(long milestoneId, long balancingMilestoneId, java.math.BigDecimal newAmount,
            String reason) {
        Milestone milestone = milestone(milestoneId);
        Milestone balancing = milestone(balancingMilestoneId);
        org.partnerflow.shared.DomainRuleViolation.Collector errors = new org.partnerflow.shared.DomainRuleViolation.Collector();
        errors.check(balancing.getAwardId().equals(milestone.getAwardId()) && balancingMilestoneId != milestoneId,
                "balancingMilestoneId", "must be another milestone of the same award");
        errors.throwIfAny();
        awards.lock(milestone.getAwardId());
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
        java.math.BigDecimal before = tranche.getAmount();
        java.math.BigDecimal otherBefore = other.getAmount();
        tranche.setAmount(newAmount.setScale(2));
        other.setAmount(balanced);
        audit.record(trancheEntry(tranche, "TRANCHE_AMOUNT_REPLANNED", "Tranche of " + milestone.getTitle()
                + " re-planned to " + Money.format(tranche.getAmount()) + ": " + reason)
                .money("trancheAmount", before, tranche.getAmount()));
        audit.record(trancheEntry(other, "TRANCHE_AMOUNT_REPLANNED", "Tranche of " + balancing.getTitle()
                + " balances the change, now " + Money.format(other.getAmount()) + ": " + reason)
                .money("trancheAmount", otherBefore, other.getAmount()));
    }

    private static boolean open(PaymentTranche tranche) {
        return tranche.getStatus() == TrancheStatus.SCHEDULED || tranche.getStatus() == TrancheStatus.DUE;
    }

    @Transactional
    public void proposeRelease(long trancheId) {
        PaymentTranche tranche = tranche(trancheId);
        TrancheStatus before = tranche.getStatus();
        tranche.markProposed();
        audit.record(trancheEntry(tranche, "TRANCHE_PROPOSED", "Release of " + Money.format(tranche.getAmount())
                + " proposed").change("status", before, tranche.getStatus()));
    }

    /**
     * Releases a tranche once. The award's row is locked first, so concurrent releases of this or any other
     * tranche of the award run one after the other; a tranche already released is not paid again. The award hears of
     * it ({@link TrancheReleased}) in this transaction and refuses a release beyond the award.
     *
     * @return true when this call released it, false when it had been released before
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean release(long trancheId) {
        PaymentTranche tranche = tranche(trancheId);
        entityManager.flush(); // this transaction's own changes first, so the re-read below keeps them
        awards.lock(tranche.getAwardId());
        entityManager.refresh(tranche);
        if (tranche.getStatus() == TrancheStatus.RELEASED) {
            return false;
        }
        if (tranche.getStatus() == TrancheStatus.CANCELLED) { // its award ended early while this release waited
            throw new org.partnerflow.shared.ConflictException("Tranche " + tranche.getSequence()
                    + " was cancelled when its award ended early; it is not paid.");
        }
        TrancheStatus statusBefore = tranche.getStatus();
        tranche.markReleased(LocalDate.now(clock));
        events.publishEvent(new TrancheReleased(tranche.getAwardId(), tranche.getId(), tranche.getAmount(),
                statusBefore, tranche.getReleasedOn()));
        return true;
    }

    /** Whether a date falls within the award's period: from its start date, for its duration in whole months. */
    private static boolean withinPeriod(AwardLedger.AwardSummary award, LocalDate date) {
        return !date.isBefore(award.startDate()) && date.isBefore(award.startDate().plusMonths(award.durationMonths()));
    }

    private AuditEntry entry(Milestone milestone, String action, String summary) {
        return AuditEntry.of(AuditSubject.MILESTONE, milestone.getId(), action, summary)
                .award(milestone.getAwardId(), awards.summary(milestone.getAwardId()).partnershipId());
    }

    private AuditEntry trancheEntry(PaymentTranche tranche, String action, String summary) {
        return AuditEntry.of(AuditSubject.TRANCHE, tranche.getId(), action, summary)
                .award(tranche.getAwardId(), awards.summary(tranche.getAwardId()).partnershipId());
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
        return entityManager.createQuery("select t from PaymentTranche t where t.milestone.id = :id",
                        PaymentTranche.class)
                .setParameter("id", milestone.getId()).getResultList().stream().findFirst().orElse(null);
    }
}
