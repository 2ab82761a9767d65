package org.partnerflow.award;

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
 * The milestones and tranches of many awards at once, one query each whatever the number of awards or milestones,
 * for read models that show a plan without loading every award entity with its collections.
 */
@Service
public class AwardPlans {

    private final EntityManager entityManager;

    AwardPlans(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A milestone of an award's plan. */
    public record PlannedMilestone(Long awardId, Long id, int sequence, String title, LocalDate dueDate,
            MilestoneStatus status) {
    }

    /** A payment tranche and the milestone that gates it (none for a tranche paid on acceptance). */
    public record PlannedTranche(Long awardId, Long id, int sequence, BigDecimal amount, LocalDate plannedDate,
            TrancheStatus status, LocalDate releasedOn, Long milestoneId) {
    }

    /** The awards' milestones by award id, each award's in the order of its plan. */
    @Transactional(readOnly = true)
    public Map<Long, List<PlannedMilestone>> milestones(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("""
                        select m.award.id, m.id, m.sequence, m.title, m.dueDate, m.status
                        from Milestone m where m.award.id in :ids order by m.award.id, m.sequence""", Object[].class)
                .setParameter("ids", awardIds).getResultList().stream()
                .map(r -> new PlannedMilestone((Long) r[0], (Long) r[1], (Integer) r[2], (String) r[3],
                        (LocalDate) r[4], (MilestoneStatus) r[5]))
                .collect(Collectors.groupingBy(PlannedMilestone::awardId));
    }

    /** The awards' tranches by award id, each award's in the order of its plan. */
    @Transactional(readOnly = true)
    public Map<Long, List<PlannedTranche>> tranches(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("""
                        select t.award.id, t.id, t.sequence, t.amount, t.plannedDate, t.status, t.releasedOn, m.id
                        from PaymentTranche t left join t.milestone m
                        where t.award.id in :ids order by t.award.id, t.sequence""", Object[].class)
                .setParameter("ids", awardIds).getResultList().stream()
                .map(r -> new PlannedTranche((Long) r[0], (Long) r[1], (Integer) r[2], (BigDecimal) r[3],
                        (LocalDate) r[4], (TrancheStatus) r[5], (LocalDate) r[6], (Long) r[7]))
                .collect(Collectors.groupingBy(PlannedTranche::awardId));
    }
}
