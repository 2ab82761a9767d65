package org.partnerflow.award;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue milestones of many awards in one query: past their due date (or marked OVERDUE) while the evidence
 * is neither in nor approved, the rule the portfolio counts by.
 */
@Service
public class OverdueMilestones {

    private static final Set<MilestoneStatus> DELIVERED = Set.of(MilestoneStatus.APPROVED, MilestoneStatus.SUBMITTED);

    private final jakarta.persistence.EntityManager entityManager;

    OverdueMilestones(jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An overdue milestone of an award. */
    public record Item(Long milestoneId, Long awardId, String title, LocalDate dueDate, MilestoneStatus status) {
    }

    /** Most overdue first. */
    @Transactional(readOnly = true)
    public List<Item> of(Collection<Long> awardIds, LocalDate today) {
        if (awardIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select m.id, m.award.id, m.title, m.dueDate, m.status from Milestone m
                        where m.award.id in :ids and m.status not in :delivered
                          and (m.status = :overdue or m.dueDate < :today)
                        order by m.dueDate, m.id""", Object[].class)
                .setParameter("ids", awardIds).setParameter("delivered", DELIVERED)
                .setParameter("overdue", MilestoneStatus.OVERDUE).setParameter("today", today)
                .getResultList().stream()
                .map(r -> new Item((Long) r[0], (Long) r[1], (String) r[2], (LocalDate) r[3], (MilestoneStatus) r[4]))
                .toList();
    }
}
