package org.partnerflow.award;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.milestone.AwardLedger;
import org.partnerflow.milestone.TrancheReleased;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.shared.Money;
import org.partnerflow.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The award as the milestone module sees it (its summary and row lock), and what the award does when milestone tells
 * it a tranche was released.
 */
@Service
class AwardLedgerForMilestones implements AwardLedger {

    private final EntityManager entityManager;
    private final AuditTrail audit;

    AwardLedgerForMilestones(EntityManager entityManager, AuditTrail audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Override
    public AwardSummary summary(long awardId) {
        return entityManager.createQuery("""
                        select a.reference, a.status, p.id, p.name, a.period.startDate, a.period.durationMonths,
                               a.period.endDate, a.money.awarded, a.money.released
                        from Award a join a.partnership p where a.id = :id""", Object[].class)
                .setParameter("id", awardId).getResultList().stream().findFirst()
                .map(r -> new AwardSummary(awardId, (String) r[0], ((AwardStatus) r[1]).name(), (Long) r[2],
                        (String) r[3], (LocalDate) r[4], (Integer) r[5], (LocalDate) r[6],
                        (BigDecimal) r[7], (BigDecimal) r[8]))
                .orElseThrow(() -> new NotFoundException("Award", awardId));
    }

    @Override
    public void lock(long awardId) {
        // As the release always did through the tranche's lazy award: one select for update, state re-read.
        entityManager.refresh(entityManager.getReference(Award.class, awardId), LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public boolean holdsFinalTrancheForCloseOut(long awardId) {
        return award(awardId).getProgramme().isFinalTrancheHeldForCloseOut();
    }

    /**
     * Adds a released tranche to the award's amount released, in the release's transaction and under its lock: only
     * for an active award, and never beyond the amount awarded (the database checks it too).
     */
    @EventListener
    void on(TrancheReleased released) {
        Award award = award(released.awardId());
        BigDecimal before = award.getAmountReleased();
        award.recordRelease(released.amount());
        audit.record(AuditEntry.of(AuditSubject.TRANCHE, released.trancheId(), "TRANCHE_RELEASED",
                        "Released " + Money.format(released.amount()) + " to the partnership")
                .award(award.getId(), award.getPartnership().getId())
                .money("amountReleased", before, award.getAmountReleased())
                .change("status", released.statusBefore(), TrancheStatus.RELEASED));
    }

    private Award award(long awardId) {
        Award award = entityManager.find(Award.class, awardId);
        if (award == null) {
            throw new NotFoundException("Award", awardId);
        }
        return award;
    }
}
