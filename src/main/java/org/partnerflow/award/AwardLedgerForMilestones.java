package org.partnerflow.award;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.partnerflow.milestone.AwardLedger;
import org.partnerflow.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** The award as the milestone module sees it: its summary, its row lock, and the money released against it. */
@Service
class AwardLedgerForMilestones implements AwardLedger {

    private final EntityManager entityManager;

    AwardLedgerForMilestones(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public AwardSummary summary(long awardId) {
        return entityManager.createQuery("""
                        select a.reference, a.status, p.id, p.name, a.period.startDate, a.period.durationMonths,
                               a.period.endDate, a.amountAwarded, a.amountReleased
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
    public Released addRelease(long awardId, BigDecimal amount) {
        Award award = award(awardId);
        BigDecimal before = award.getAmountReleased();
        award.recordRelease(amount);
        return new Released(before, award.getAmountReleased());
    }

    private Award award(long awardId) {
        Award award = entityManager.find(Award.class, awardId);
        if (award == null) {
            throw new NotFoundException("Award", awardId);
        }
        return award;
    }
}
