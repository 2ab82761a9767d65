package org.partnerflow.award;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerflow.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of a portfolio of awards, summed in SQL whatever the number of awards: released and spent, the payment
 * plan by month, and the spend of each award (dashboards must not grow their query count with the portfolio).
 */
@Service
public class PortfolioMoney {

    private final jakarta.persistence.EntityManager entityManager;

    PortfolioMoney(jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A programme's money, summed in SQL: awarded (accepted awards, {@link GrantRecords#GRANTED}, the same grants as
     * the 360Giving file), offered (offers not yet accepted), and released to and spent by awards in the given
     * statuses.
     */
    public record MoneyTotals(BigDecimal awarded, BigDecimal offered, BigDecimal released, BigDecimal spent) {
    }

    /** A month's tranches: planned for it, and released in it. */
    public record MonthAmount(YearMonth month, BigDecimal planned, BigDecimal released) {
    }

    @Transactional(readOnly = true)
    public MoneyTotals totals(long programmeId, Collection<AwardStatus> statuses) {
        Object[] sums = entityManager.createQuery("""
                        select coalesce(sum(case when a.status in :statuses then a.money.released else 0 end), 0),
                               coalesce(sum(case when a.status in :granted then a.money.awarded else 0 end), 0),
                               coalesce(sum(case when a.status = :offered then a.money.awarded else 0 end), 0)
                        from Award a where a.programme.id = :programmeId""", Object[].class)
                .setParameter("programmeId", programmeId).setParameter("statuses", statuses)
                .setParameter("granted", GrantRecords.GRANTED).setParameter("offered", AwardStatus.OFFERED)
                .getSingleResult();
        BigDecimal spent = entityManager.createQuery("""
                        select coalesce(sum(s.amountSpent), 0) from SpendReturn s, Award a
                        where s.awardId = a.id and a.programme.id = :programmeId and a.status in :statuses""",
                        BigDecimal.class)
                .setParameter("programmeId", programmeId).setParameter("statuses", statuses).getSingleResult();
        return new MoneyTotals(scaled(sums[1]), scaled(sums[2]), scaled(sums[0]), spent.setScale(Money.SCALE));
    }

    private static BigDecimal scaled(Object sum) {
        return (sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString())).setScale(Money.SCALE);
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
                select year(t.plannedDate), month(t.plannedDate), sum(t.amount)
                from PaymentTranche t join Award a on a.id = t.awardId
                where t.programmeId = :programmeId and a.programme.id = :programmeId and a.status in :statuses
                group by year(t.plannedDate), month(t.plannedDate)""", programmeId, statuses);
        Map<YearMonth, BigDecimal> released = monthSums("""
                select year(t.releasedOn), month(t.releasedOn), sum(t.amount)
                from PaymentTranche t join Award a on a.id = t.awardId
                where t.programmeId = :programmeId and a.programme.id = :programmeId and a.status in :statuses
                  and t.status = org.partnerflow.milestone.TrancheStatus.RELEASED and t.releasedOn is not null
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
