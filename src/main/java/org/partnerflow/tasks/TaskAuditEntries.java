package org.partnerflow.tasks;

import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.security.PartnerflowUser;

/** The audit trail's entry for something a user did to a task (claimed, gave back, completed). */
final class TaskAuditEntries {

    private TaskAuditEntries() {
    }

    static AuditEntry of(WorkItem task, String action, String summary, PartnerflowUser user) {
        AuditEntry entry = AuditEntry.of(AuditSubject.TASK, task.id(), action, summary).by(user.getUsername())
                .award(task.awardId(), task.partnershipId());
        return entry.change("task", null, task.taskDefinitionKey());
    }
}
