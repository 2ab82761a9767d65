package org.partnerflow.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partnerflow.milestone.MilestoneStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue milestones of active awards, counted and listed in SQL: past their due date (or marked OVERDUE) while
 * the evidence is neither in nor approved, the rule the portfolio counts by. It lives with the award, which may read
 * its milestones, so one statement joins both however large the portfolio.
 */
@Service
public class OverdueMilestones {

    /**
     * The statuses in which a milestone is late once its due date has passed: the rule above written so that the
     * (status, due_date) index answers it (a NOT IN would read every milestone).
     */
    private static final Set<MilestoneStatus> AWAITING_EVIDENCE = java.util.EnumSet.complementOf(
            java.util.EnumSet.of(MilestoneStatus.APPROVED, MilestoneStatus.SUBMITTED, MilestoneStatus.OVERDUE,
                    MilestoneStatus.WITHDRAWN));

    private final jakarta.persistence.EntityManager entityManager;

    OverdueMilestones(jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An overdue milestone with its award and partnership, as a dashboard lists it. */
    public record Listed(Long milestoneId, String title, LocalDate dueDate, Long awardId, String awardReference,
            Long partnershipId, String partnershipName) {
    }

    /** How many milestones of active awards are overdue, and the most overdue of them. */
    public record Worst(long total, List<Listed> first) {
    }

    /**
     * The overdue milestones of active awards, of one programme or (null) of every programme: counted in SQL and
     * only the first few read, most overdue first, then by title; one statement whatever the portfolio's size.
     */
    @Transactional(readOnly = true)
    public Worst ofActiveAwards(Long programmeId, LocalDate today, int first) {
        String where = """
                from Milestone m join Award a on a.id = m.awardId join a.partnership p
                where a.status = org.partnerflow.award.AwardStatus.ACTIVE
                  and (:programmeId is null or a.programme.id = :programmeId)
                  and (m.status = :overdue or (m.status in :awaiting and m.dueDate < :today))""";
        if (first <= 0) {
            return new Worst(entityManager.createQuery("select count(m) " + where, Long.class)
                    .setParameter("programmeId", programmeId).setParameter("awaiting", AWAITING_EVIDENCE)
                    .setParameter("overdue", MilestoneStatus.OVERDUE).setParameter("today", today).getSingleResult(),
                    List.of());
        }
        // The count rides along with the first rows (a window over the whole result), so the overdue milestones,
        // which grow with the portfolio, are found once rather than once to count and once to list.
        List<Object[]> rows = entityManager.createQuery(
                        "select m.id, m.title, m.dueDate, a.id, a.reference, p.id, p.name, count(*) over () " + where
                                + " order by m.dueDate, m.title, m.id", Object[].class)
                .setParameter("programmeId", programmeId).setParameter("awaiting", AWAITING_EVIDENCE)
                .setParameter("overdue", MilestoneStatus.OVERDUE).setParameter("today", today)
                .setMaxResults(first).getResultList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[7]).longValue();
        List<Listed> listed = rows.stream()
                .map(r -> new Listed((Long) r[0], (String) r[1], (LocalDate) r[2], (Long) r[3], (String) r[4],
                        (Long) r[5], (String) r[6]))
                .toList();
        return new Worst(total, listed);
    }

}
