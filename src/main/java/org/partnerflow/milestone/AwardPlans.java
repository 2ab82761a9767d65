package org.partnerflow.milestone;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestone plans of awards: set up and replaced as the award's proposal is submitted, tranche amounts set by
 * the panel's decision, and read for many awards at once, one query each whatever the number of awards or milestones.
 */
@Service
public class AwardPlans {

    private final EntityManager entityManager;
    private final org.partnerflow.audit.AuditTrail audit;

    AwardPlans(EntityManager entityManager, org.partnerflow.audit.AuditTrail audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** A milestone of an award's plan. */
    public record PlannedMilestone(Long awardId, Long id, int sequence, String title, LocalDate dueDate,
            MilestoneStatus status, String evidenceExpected) {
    }

    /** A payment tranche and the milestone that gates it (none for a tranche paid on acceptance). */
    public record PlannedTranche(Long awardId, Long id, int sequence, BigDecimal amount, LocalDate plannedDate,
            TrancheStatus status, LocalDate releasedOn, Long milestoneId) {
    }

    /** One step of a proposed plan: a milestone and the tranche its approval releases. */
    public record Step(String title, LocalDate dueDate, String evidenceExpected, BigDecimal trancheAmount) {
    }

    /**
     * Sets an award's plan to these steps, in order of their due dates, numbered from 1: a revised proposal replaces
     * the plan of an earlier round. The old rows go first (tranches before the milestones they point to, flushed
     * between the steps) because the new ones reuse their numbers.
     */
    @Transactional
    public void replace(long awardId, long programmeId, List<Step> steps) {
        List<PaymentTranche> oldTranches = entityManager.createQuery(
                "select t from PaymentTranche t where t.awardId = :id", PaymentTranche.class)
                .setParameter("id", awardId).getResultList();
        List<Milestone> oldMilestones = milestonesOf(awardId);
        if (!oldMilestones.isEmpty() || !oldTranches.isEmpty()) {
            oldTranches.forEach(entityManager::remove);
            entityManager.flush();
            oldMilestones.forEach(entityManager::remove);
            entityManager.flush();
        }
        List<Step> plan = steps.stream().sorted(java.util.Comparator.comparing(Step::dueDate)).toList();
        for (int i = 0; i < plan.size(); i++) {
            Step step = plan.get(i);
            Milestone milestone = new Milestone(awardId, i + 1, step.title().trim(), step.dueDate(),
                    step.evidenceExpected());
            entityManager.persist(milestone);
            entityManager.persist(new PaymentTranche(awardId, programmeId, i + 1, step.trancheAmount().setScale(2),
                    step.dueDate(), milestone));
        }
    }

    /** Sets the tranche amounts of an award's plan, in the order of the plan, as the panel decided them. */
    @Transactional
    public void setTrancheAmounts(long awardId, List<BigDecimal> amounts) {
        List<PaymentTranche> tranches = entityManager.createQuery(
                "select t from PaymentTranche t where t.awardId = :id order by t.sequence", PaymentTranche.class)
                .setParameter("id", awardId).getResultList();
        for (int i = 0; i < tranches.size(); i++) {
            tranches.get(i).setAmount(amounts.get(i).setScale(2));
        }
    }

    /**
     * Cancels every tranche of a terminated award not yet released (scheduled, due, proposed or held), each with its
     * TRANCHE_CANCELLED audit event; released tranches stay. Returns the amount cancelled. The caller holds the award's
     * row lock, so no release of the award runs in between.
     */
    @Transactional
    public BigDecimal cancelUnreleased(long awardId, long partnershipId, String by) {
        BigDecimal cancelled = BigDecimal.ZERO.setScale(2);
        for (PaymentTranche tranche : entityManager.createQuery(
                "select t from PaymentTranche t where t.awardId = :id order by t.sequence", PaymentTranche.class)
                .setParameter("id", awardId).getResultList()) {
            TrancheStatus before = tranche.getStatus();
            if (tranche.cancel()) {
                cancelled = cancelled.add(tranche.getAmount());
                audit.record(org.partnerflow.audit.AuditEntry.of(org.partnerflow.audit.AuditSubject.TRANCHE,
                                tranche.getId(), "TRANCHE_CANCELLED", "Tranche " + tranche.getSequence() + " of "
                                        + org.partnerflow.shared.Money.format(tranche.getAmount())
                                        + " cancelled: the award ended early")
                        .award(awardId, partnershipId).by(by).change("status", before, tranche.getStatus()));
            }
        }
        return cancelled;
    }

    /** The ids of an award's milestones, in the order of its plan: what runs once the award is active (not withdrawn). */
    @Transactional(readOnly = true)
    public List<Long> milestoneIds(long awardId) {
        return entityManager.createQuery("select m.id from Milestone m where m.awardId = :id and m.status <> :withdrawn"
                        + " order by m.sequence", Long.class)
                .setParameter("id", awardId).setParameter("withdrawn", MilestoneStatus.WITHDRAWN).getResultList();
    }

    private List<Milestone> milestonesOf(long awardId) {
        return entityManager.createQuery("select m from Milestone m where m.awardId = :id", Milestone.class)
                .setParameter("id", awardId).getResultList();
    }

    /** The awards' milestones by award id, each award's in the order of its plan. */
    @Transactional(readOnly = true)
    public Map<Long, List<PlannedMilestone>> milestones(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("""
                        select m.awardId, m.id, m.sequence, m.title, m.dueDate, m.status, m.evidenceExpected
                        from Milestone m where m.awardId in :ids order by m.awardId, m.sequence""", Object[].class)
                .setParameter("ids", awardIds).getResultList().stream()
                .map(r -> new PlannedMilestone((Long) r[0], (Long) r[1], (Integer) r[2], (String) r[3],
                        (LocalDate) r[4], (MilestoneStatus) r[5], (String) r[6]))
                .collect(Collectors.groupingBy(PlannedMilestone::awardId));
    }

    /** The awards' tranches by award id, each award's in the order of its plan. */
    @Transactional(readOnly = true)
    public Map<Long, List<PlannedTranche>> tranches(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("""
                        select t.awardId, t.id, t.sequence, t.amount, t.plannedDate, t.status, t.releasedOn, m.id
                        from PaymentTranche t left join t.milestone m
                        where t.awardId in :ids order by t.awardId, t.sequence""", Object[].class)
                .setParameter("ids", awardIds).getResultList().stream()
                .map(r -> new PlannedTranche((Long) r[0], (Long) r[1], (Integer) r[2], (BigDecimal) r[3],
                        (LocalDate) r[4], (TrancheStatus) r[5], (LocalDate) r[6], (Long) r[7]))
                .collect(Collectors.groupingBy(PlannedTranche::awardId));
    }
}
