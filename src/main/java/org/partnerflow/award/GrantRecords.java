package org.partnerflow.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerflow.milestone.PortfolioFacts;
import org.partnerflow.milestone.TrancheStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards as published grants (360Giving): the facts open data needs, for a whole programme in a fixed number of
 * queries. Only awards the partnership has accepted are grants (see {@link #GRANTED}).
 */
@Service
public class GrantRecords {

    /**
     * The statuses of an award that counts as a grant made: the partnership accepted it (ACTIVE, SUSPENDED, CLOSED,
     * TERMINATED). Named rather than listed as constants so the set follows the statuses the award lifecycle has.
     */
    public static final List<AwardStatus> GRANTED = java.util.Arrays.stream(AwardStatus.values())
            .filter(s -> java.util.Set.of("ACTIVE", "SUSPENDED", "CLOSED", "TERMINATED").contains(s.name())).toList();

    private final jakarta.persistence.EntityManager entityManager;
    private final PortfolioFacts facts;

    GrantRecords(jakarta.persistence.EntityManager entityManager, PortfolioFacts facts) {
        this.entityManager = entityManager;
        this.facts = facts;
    }

    /** One grant: the award, when it was decided, its period, and the tranches released so far (oldest first). */
    public record GrantRecord(Long awardId, String reference, Long partnershipId, String summary,
            BigDecimal amountRequested, BigDecimal amountAwarded, BigDecimal amountReleased, Instant decidedAt,
            LocalDate startDate, LocalDate endDate, Integer durationMonths, AwardStatus status,
            List<PortfolioFacts.TrancheState> released) {
    }

    @Transactional(readOnly = true)
    public List<GrantRecord> ofProgramme(long programmeId) {
        List<Object[]> rows = entityManager.createQuery("""
                        select a.id, a.reference, a.partnership.id, a.proposal.summary, a.money.requested, a.money.awarded,
                               a.money.released, a.decision.decidedAt, a.period.startDate, a.period.endDate, a.period.durationMonths, a.status,
                               a.interruption.terminationEffectiveDate
                        from Award a where a.programme.id = :programme and a.status in :granted
                        order by a.reference""", Object[].class)
                .setParameter("programme", programmeId).setParameter("granted", GRANTED).getResultList();
        Collection<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<PortfolioFacts.TrancheState>> released = facts.tranches(ids).stream()
                .filter(t -> t.status() == TrancheStatus.RELEASED && t.releasedOn() != null)
                .collect(Collectors.groupingBy(PortfolioFacts.TrancheState::awardId));
        // An award ended early is planned to its effective date: its end and duration say so (its amount is
        // already cut back to what was released).
        return rows.stream().map(r -> new GrantRecord((Long) r[0], (String) r[1], (Long) r[2], (String) r[3],
                (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6], (Instant) r[7], (LocalDate) r[8],
                r[12] == null ? (LocalDate) r[9] : (LocalDate) r[12],
                r[12] == null ? (Integer) r[10] : monthsRunning((LocalDate) r[8], (LocalDate) r[12]), (AwardStatus) r[11],
                released.getOrDefault((Long) r[0], List.of()).stream()
                        .sorted(java.util.Comparator.comparing(PortfolioFacts.TrancheState::releasedOn)).toList()))
                .toList();
    }

    /** Whole months from the start to the last day, counting a part month as one (never less than one). */
    static int monthsRunning(LocalDate start, LocalDate lastDay) {
        if (start == null) {
            return 1;
        }
        LocalDate after = lastDay.plusDays(1);
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, after);
        return Math.max(1, start.plusMonths(months).isBefore(after) ? months + 1 : months);
    }
}
