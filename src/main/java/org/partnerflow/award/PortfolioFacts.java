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

    /** One milestone's state, for counting. */
    public record MilestoneState(Long awardId, MilestoneStatus status, LocalDate dueDate) {
    }

    @Transactional(readOnly = true)
    public Map<Long, List<MilestoneState>> milestones(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery(
                        "select m.award.id, m.status, m.dueDate from Milestone m where m.award.id in :ids", Object[].class)
                .setParameter("ids", awardIds).getResultList().stream()
                .map(r -> new MilestoneState((Long) r[0], (MilestoneStatus) r[1], (LocalDate) r[2]))
                .collect(Collectors.groupingBy(MilestoneState::awardId));
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
