package org.partnerflow.milestone;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last tranche held for close-out: held when its milestone is approved (where the programme says so), and
 * handed to the two-person release of milestoneDelivery once the final report is accepted.
 */
@Service
public class HeldTranches {

    /** The message that starts the release part of milestoneDelivery for a held tranche. */
    public static final String RELEASE_MESSAGE = "heldTrancheReleaseRequested";

    private final EntityManager entityManager;
    private final AwardLedger awards;
    private final AuditTrail audit;
    private final RuntimeService runtime;

    HeldTranches(EntityManager entityManager, AwardLedger awards, AuditTrail audit, RuntimeService runtime) {
        this.entityManager = entityManager;
        this.awards = awards;
        this.audit = audit;
        this.runtime = runtime;
    }

    /** Holds the milestone's tranche if it is its award's last and the programme holds that one; true if held. */
    @Transactional
    public boolean holdIfFinal(long milestoneId) {
        PaymentTranche tranche = trancheOf(milestoneId);
        if (tranche == null || !awards.holdsFinalTrancheForCloseOut(tranche.getAwardId()) || !isLast(tranche)) {
            return false;
        }
        TrancheStatus before = tranche.getStatus();
        tranche.hold();
        audit.record(entry(tranche, "TRANCHE_HELD", "Last tranche of " + Money.format(tranche.getAmount())
                + " held until the final report is accepted").change("status", before, tranche.getStatus()));
        return tranche.getStatus() == TrancheStatus.HELD;
    }

    /** The milestone whose tranche is held for the award's close-out, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> heldMilestone(long awardId) {
        return entityManager.createQuery("""
                        select t.milestone.id from PaymentTranche t
                        where t.awardId = :award and t.status = :held""", Long.class)
                .setParameter("award", awardId).setParameter("held", TrancheStatus.HELD)
                .getResultList().stream().findFirst();
    }

    /**
     * Makes the held tranche due and starts its release by a programme manager and a funder (the release part of
     * milestoneDelivery, business key the milestone id).
     */
    @Transactional
    public void openRelease(long awardId, long partnershipId, long milestoneId) {
        PaymentTranche tranche = trancheOf(milestoneId);
        TrancheStatus before = tranche.getStatus();
        tranche.unhold();
        audit.record(entry(tranche, "TRANCHE_UNHELD", "Final report accepted: the held tranche of "
                + Money.format(tranche.getAmount()) + " is due for release").change("status", before, tranche.getStatus()));
        runtime.createMessageCorrelation(RELEASE_MESSAGE).processInstanceBusinessKey(String.valueOf(milestoneId))
                .setVariable("awardId", awardId).setVariable("partnershipId", partnershipId)
                .setVariable("milestoneId", milestoneId).setVariable("trancheId", tranche.getId())
                .correlateStartMessage();
    }

    private boolean isLast(PaymentTranche tranche) {
        Integer last = entityManager.createQuery(
                        "select max(t.sequence) from PaymentTranche t where t.awardId = :award and t.status <> :cancelled",
                        Integer.class)
                .setParameter("award", tranche.getAwardId()).setParameter("cancelled", TrancheStatus.CANCELLED)
                .getSingleResult();
        return last != null && last == tranche.getSequence();
    }

    private PaymentTranche trancheOf(long milestoneId) {
        return entityManager.createQuery("select t from PaymentTranche t where t.milestone.id = :id",
                        PaymentTranche.class)
                .setParameter("id", milestoneId).getResultList().stream().findFirst().orElse(null);
    }

    private AuditEntry entry(PaymentTranche tranche, String action, String summary) {
        return AuditEntry.of(AuditSubject.TRANCHE, tranche.getId(), action, summary)
                .award(tranche.getAwardId(), awards.summary(tranche.getAwardId()).partnershipId());
    }
}
