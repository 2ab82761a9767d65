package org.partnerflow.milestone;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.Money;
import org.springframework.stereotype.Component;

/**
 * An award's milestone and tranche rows as an award variation changes them: read (locked for a change), moved,
 * re-valued, re-worded, added, and numbered again in the order of their due dates. Each change is audited.
 */
@Component
class PlanRows {

    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final Clock clock;

    PlanRows(EntityManager entityManager, AuditTrail audit, Clock clock) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** An award's milestones, and the tranche each gates by the milestone's id. */
    record Plan(long awardId, long partnershipId, List<Milestone> milestones, Map<Long, PaymentTranche> tranches) {

        /**
         * Open: the milestone is not approved (nor withdrawn) and its tranche, if any, is still only scheduled, so no
         * release is due, proposed, held or made. Evidence under review is still open.
         */
        boolean isOpen(Milestone milestone) {
            PaymentTranche tranche = tranches.get(milestone.getId());
            return milestone.getStatus().isOpen() && (tranche == null || tranche.getStatus() == TrancheStatus.SCHEDULED);
        }

        Milestone milestone(long id) {
            return milestones.stream().filter(m -> m.getId() == id).findFirst().orElseThrow();
        }

        VariedPlanRules.Current current() {
            Set<Long> open = milestones.stream().filter(this::isOpen).map(Milestone::getId).collect(Collectors.toSet());
            BigDecimal openTotal = BigDecimal.ZERO.setScale(2);
            BigDecimal committed = BigDecimal.ZERO.setScale(2);
            for (PaymentTranche t : tranches.values()) {
                if (t.getStatus() == TrancheStatus.CANCELLED) {
                    continue;
                }
                if (t.getMilestone() != null && open.contains(t.getMilestone().getId())) {
                    openTotal = openTotal.add(t.getAmount());
                } else {
                    committed = committed.add(t.getAmount());
                }
            }
            return new VariedPlanRules.Current(open, openTotal, committed);
        }
    }

    /** The award's plan; with lock, its milestone rows are locked until the transaction ends. */
    Plan load(long awardId, long partnershipId, boolean lock) {
        List<Milestone> milestones = entityManager.createQuery(
                        "select m from Milestone m where m.awardId = :id order by m.sequence", Milestone.class)
                .setParameter("id", awardId).setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList();
        Map<Long, PaymentTranche> tranches = entityManager.createQuery(
                        "select t from PaymentTranche t where t.awardId = :id and t.milestone is not null",
                        PaymentTranche.class)
                .setParameter("id", awardId).getResultList().stream()
                .collect(Collectors.toMap(t -> t.getMilestone().getId(), Function.identity()));
        return new Plan(awardId, partnershipId, new java.util.ArrayList<>(milestones), new java.util.HashMap<>(tranches));
    }

    /** Moves the due date and the tranche's planned date, as a re-plan does. */
    void move(Plan plan, Milestone milestone, LocalDate dueDate, String reason, String actor) {
        audit.record(DueDateMoves.move(milestone, plan.tranches().get(milestone.getId()), dueDate,
                LocalDate.now(clock), entry(plan, milestone, "DUE_DATE_REPLANNED", "Due date of "
                        + milestone.getTitle() + " moved by an award variation: " + reason, actor)));
    }

    void setAmount(Plan plan, Milestone milestone, BigDecimal amount, String reason, String actor) {
        PaymentTranche tranche = plan.tranches().get(milestone.getId());
        BigDecimal before = tranche.getAmount();
        tranche.setAmount(amount.setScale(2));
        audit.record(AuditEntry.of(AuditSubject.TRANCHE, tranche.getId(), "TRANCHE_AMOUNT_REPLANNED", "Tranche of "
                        + milestone.getTitle() + " set to " + Money.format(tranche.getAmount())
                        + " by an award variation: " + reason)
                .award(plan.awardId(), plan.partnershipId()).by(actor)
                .money("trancheAmount", before, tranche.getAmount()));
    }

    void describe(Plan plan, Milestone milestone, String title, String evidenceExpected, String actor) {
        AuditEntry entry = entry(plan, milestone, "MILESTONE_DESCRIBED", "Milestone " + milestone.getTitle()
                + " described anew by an award variation", actor).change("title", milestone.getTitle(), title);
        milestone.describe(title, evidenceExpected);
        audit.record(entry);
    }

    /** A new milestone and the tranche it gates, numbered after the others until {@link #renumber} orders them. */
    Milestone add(Plan plan, PlanChange change, String reason, String actor) {
        int next = plan.milestones().stream().mapToInt(Milestone::getSequence).max().orElse(0) + 1;
        Long programmeId = plan.tranches().values().stream().map(PaymentTranche::getProgrammeId).findFirst()
                .orElseThrow(() -> new IllegalStateException("award " + plan.awardId() + " has no tranche"));
        Milestone milestone = new Milestone(plan.awardId(), next, change.title().trim(), change.dueDate(),
                change.evidenceExpected());
        entityManager.persist(milestone);
        PaymentTranche tranche = new PaymentTranche(plan.awardId(), programmeId, next,
                change.trancheAmount().setScale(2), change.dueDate(), milestone);
        entityManager.persist(tranche);
        plan.milestones().add(milestone);
        plan.tranches().put(milestone.getId(), tranche);
        audit.record(entry(plan, milestone, "MILESTONE_ADDED", "Milestone " + milestone.getTitle()
                + " added by an award variation: " + reason, actor)
                .change("dueDate", null, change.dueDate())
                .money("trancheAmount", null, tranche.getAmount()));
        return milestone;
    }

    /**
     * Numbers the milestones 1, 2, ... in the order of their due dates (withdrawn ones keep their place in that order),
     * each tranche as its milestone. The rows that move go to negative numbers first, so the unique keys never clash.
     */
    void renumber(Plan plan) {
        List<Milestone> ordered = plan.milestones().stream()
                .sorted(Comparator.comparing(Milestone::getDueDate).thenComparing(Milestone::getId)).toList();
        boolean moved = false;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getSequence() != i + 1) {
                number(plan, ordered.get(i), -(i + 1));
                moved = true;
            }
        }
        if (!moved) {
            return;
        }
        entityManager.flush();
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getSequence() < 0) {
                number(plan, ordered.get(i), i + 1);
            }
        }
        entityManager.flush();
    }

    private static void number(Plan plan, Milestone milestone, int sequence) {
        milestone.renumber(sequence);
        PaymentTranche tranche = plan.tranches().get(milestone.getId());
        if (tranche != null) {
            tranche.renumber(sequence);
        }
    }

    private static AuditEntry entry(Plan plan, Milestone milestone, String action, String summary, String actor) {
        return AuditEntry.of(AuditSubject.MILESTONE, milestone.getId(), action, summary)
                .award(plan.awardId(), plan.partnershipId()).by(actor);
    }
}
