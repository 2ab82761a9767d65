package org.partnerflow.milestone;

import jakarta.persistence.EntityManager;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws a milestone that an award variation dropped before it was approved: the milestone becomes WITHDRAWN and
 * its tranche CANCELLED, so the money no longer counts as planned. Its running delivery calls this from its
 * "Milestone withdrawn" event; a milestone with no running delivery is withdrawn in the data alone.
 */
@Service
public class MilestoneWithdrawals {

    private final EntityManager entityManager;
    private final AwardLedger awards;
    private final AuditTrail audit;

    MilestoneWithdrawals(EntityManager entityManager, AwardLedger awards, AuditTrail audit) {
        this.entityManager = entityManager;
        this.awards = awards;
        this.audit = audit;
    }

    /** Withdraws it once (a repeat does nothing); the actor is who approved the variation, or null for the system. */
    @Transactional
    public void withdraw(long milestoneId, String reason, String actor) {
        Milestone milestone = entityManager.find(Milestone.class, milestoneId);
        if (milestone == null) {
            throw new NotFoundException("Milestone", milestoneId);
        }
        if (milestone.getStatus() == MilestoneStatus.WITHDRAWN) {
            return;
        }
        MilestoneStatus before = milestone.getStatus();
        milestone.withdraw();
        AuditEntry entry = AuditEntry.of(AuditSubject.MILESTONE, milestoneId, "MILESTONE_WITHDRAWN",
                        "Milestone " + milestone.getTitle() + " withdrawn from the plan"
                                + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()))
                .award(milestone.getAwardId(), awards.summary(milestone.getAwardId()).partnershipId())
                .change("status", before, milestone.getStatus());
        PaymentTranche tranche = entityManager.createQuery(
                        "select t from PaymentTranche t where t.milestone.id = :id", PaymentTranche.class)
                .setParameter("id", milestoneId).getResultList().stream().findFirst().orElse(null);
        if (tranche != null) {
            TrancheStatus trancheBefore = tranche.getStatus();
            if (tranche.cancel()) {
                entry.change("trancheStatus", trancheBefore, tranche.getStatus());
            }
        }
        audit.record(actor == null ? entry : entry.by(actor));
    }
}
