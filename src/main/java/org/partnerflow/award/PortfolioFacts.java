package org.partnerflow.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerflow.shared.Money;
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

    /** Money released to and spent by a programme's awards in the given statuses, summed in SQL. */
    public record MoneyTotals(BigDecimal released, BigDecimal spent) {
    }

    /** A month's tranches: planned for it, and released in it. */
    public record MonthAmount(YearMonth month, BigDecimal planned, BigDecimal released) {
    }

    @Transactional(readOnly = true)
    public MoneyTotals totals(long programmeId, Collection<AwardStatus> statuses) {
        BigDecimal released = entityManager.createQuery("""
                        select coalesce(sum(a.amountReleased), 0) from Award a
                        where a.programme.id = :programmeId and a.status in :statuses""", BigDecimal.class)
                .setParameter("programmeId", programmeId).setParameter("statuses", statuses).getSingleResult();
        BigDecimal spent = entityManager.createQuery("""
                        select coalesce(sum(s.amountSpent), 0) from SpendReturn s, Award a
                        where s.awardId = a.id and a.programme.id = :programmeId and a.status in :statuses""",
                        BigDecimal.class)
                .setParameter("programmeId", programmeId).setParameter("statuses", statuses).getSingleResult();
        return new MoneyTotals(released.setScale(Money.SCALE), spent.setScale(Money.SCALE));
    }

    /**
     * A programme's payment plan by month, summed in SQL: the tranches of awards in the given statuses planned for
     * each month, and those released in each month. Months without either are absent; the caller fills the gaps.
     * Each sum reads the programme's own tranches (the tranche carries its programme, indexed with what is summed),
     * not every tranche joined to its award; the award's side is narrowed to the programme too (the same rows), so it
     * is read through its programme index rather than every award.
     */
    @Transactional(readOnly = true)
    public List<MonthAmount> fundsByMonth(long programmeId, Collection<AwardStatus> statuses) {
        Map<YearMonth, BigDecimal> planned = monthSums("""
                select year(t.plannedDate), month(t.plannedDate), sum(t.amount) from PaymentTranche t
                where t.programmeId = :programmeId and t.award.programme.id = :programmeId and t.award.status in :statuses
                group by year(t.plannedDate), month(t.plannedDate)""", programmeId, statuses);
        Map<YearMonth, BigDecimal> released = monthSums("""
                select year(t.releasedOn), month(t.releasedOn), sum(t.amount) from PaymentTranche t
                where t.programmeId = :programmeId and t.award.programme.id = :programmeId and t.award.status in :statuses
                  and t.status = org.partnerflow.award.TrancheStatus.RELEASED and t.releasedOn is not null
                group by year(t.releasedOn), month(t.releasedOn)""", programmeId, statuses);
        java.util.TreeSet<YearMonth> months = new java.util.TreeSet<>(planned.keySet());
        months.addAll(released.keySet());
        return months.stream().map(m -> new MonthAmount(m, planned.getOrDefault(m, Money.ZERO),
                released.getOrDefault(m, Money.ZERO))).toList();
    }

    private Map<YearMonth, BigDecimal> monthSums(String query, long programmeId, Collection<AwardStatus> statuses) {
        return entityManager.createQuery(query, Object[].class)
                .setParameter("programmeId", programmeId).setParameter("statuses", statuses).getResultList().stream()
                .collect(Collectors.toMap(r -> YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                        r -> ((BigDecimal) r[2]).setScale(Money.SCALE)));
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
