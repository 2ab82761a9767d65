package org.partnerflow.milestone;

import java.time.LocalDate;
import org.partnerflow.audit.AuditEntry;

/**
 * Moves a milestone's due date and its tranche's planned date with it, noting both on the audit entry: what a re-plan
 * inside the award and an award variation share.
 */
final class DueDateMoves {

    private DueDateMoves() {
    }

    /** Moves it; an overdue milestone given a date not yet passed is planned again. */
    static AuditEntry move(Milestone milestone, PaymentTranche tranche, LocalDate newDueDate, LocalDate today,
            AuditEntry entry) {
        LocalDate before = milestone.getDueDate();
        MilestoneStatus statusBefore = milestone.getStatus();
        milestone.replan(newDueDate, today);
        entry.change("dueDate", before, newDueDate);
        if (statusBefore != milestone.getStatus()) {
            entry.change("status", statusBefore, milestone.getStatus());
        }
        if (tranche != null && tranche.getStatus() != TrancheStatus.RELEASED) { // its payment moves with it
            entry.change("tranchePlannedDate", tranche.getPlannedDate(), newDueDate);
            tranche.setPlannedDate(newDueDate);
        }
        return entry;
    }
}
