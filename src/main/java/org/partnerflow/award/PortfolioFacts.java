package org.partnerflow.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award facts a portfolio needs for many awards at once: milestone statuses and dates, and spend totals, each
 * in one query whatever the number of awards (dashboards must not grow their query count with the portfolio).
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
                        "select m.award.id, m.status, m.dueDate, m.id, m.sequence, m.title from Milestone m "
                                + "where m.award.id in :ids order by m.award.id, m.sequence", Object[].class)
                .setParameter("ids", awardIds).getResultList().stream()
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
                        select t.award.id, t.sequence, t.amount, t.plannedDate, t.status, t.releasedOn
                        from PaymentTranche t where t.award.id in :ids order by t.plannedDate, t.award.id, t.sequence""",
                        Object[].class)
                .setParameter("ids", awardIds).getResultList().stream()
                .map(r -> new TrancheState((Long) r[0], (Integer) r[1], (BigDecimal) r[2], (LocalDate) r[3],
                        (TrancheStatus) r[4], (LocalDate) r[5]))
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> spent(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("""
                        select s.awardId, sum(s.amountSpent) from SpendReturn s where s.awardId in :ids group by s.awardId""",
                        Object[].class)
                .setParameter("ids", awardIds).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (BigDecimal) r[1]));
    }
}
