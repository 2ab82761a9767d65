package org.partnerflow.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestone and tranche facts a portfolio needs for many awards at once: milestone statuses and dates, tranche
 * dates and amounts, each in one query whatever the number of awards (dashboards must not grow their query count).
 */
@Service
public class PortfolioFacts {

    private final jakarta.persistence.EntityManager entityManager;

    PortfolioFacts(jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One milestone's state, for counting and for the timeline. */
    public record MilestoneState(Long awardId, MilestoneStatus status, LocalDate dueDate, Long milestoneId, int sequence,
            String title) {
    }

    /** One payment tranche: when it was planned and, once released, when. */
    public record TrancheState(Long awardId, int sequence, BigDecimal amount, LocalDate plannedDate, TrancheStatus status,
            LocalDate releasedOn) {
    }

    @Transactional(readOnly = true)
    public Map<Long, List<MilestoneState>> milestones(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery(
                        "select m.awardId, m.status, m.dueDate, m.id, m.sequence, m.title from Milestone m "
                                + "where m.awardId in :ids and m.status <> :withdrawn order by m.awardId, m.sequence",
                        Object[].class)
                .setParameter("ids", awardIds).setParameter("withdrawn", MilestoneStatus.WITHDRAWN)
                .getResultList().stream()
                .map(r -> new MilestoneState((Long) r[0], (MilestoneStatus) r[1], (LocalDate) r[2], (Long) r[3],
                        (Integer) r[4], (String) r[5]))
                .collect(Collectors.groupingBy(MilestoneState::awardId));
    }

    @Transactional(readOnly = true)
    public List<TrancheState> tranches(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select t.awardId, t.sequence, t.amount, t.plannedDate, t.status, t.releasedOn
                        from PaymentTranche t where t.awardId in :ids order by t.plannedDate, t.awardId, t.sequence""",
                        Object[].class)
                .setParameter("ids", awardIds).getResultList().stream()
                .map(r -> new TrancheState((Long) r[0], (Integer) r[1], (BigDecimal) r[2], (LocalDate) r[3],
                        (TrancheStatus) r[4], (LocalDate) r[5]))
                .toList();
    }
}
