package org.partnerflow.tasks;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claiming a task (so the others in its group see someone is on it) and giving it back to the group. */
@Service
public class TaskClaims {

    private final TaskAccess access;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AuditTrail audit;

    TaskClaims(TaskAccess access, TaskService taskService, IdentityService identityService, AuditTrail audit) {
        this.access = access;
        this.taskService = taskService;
        this.identityService = identityService;
        this.audit = audit;
    }

    /** Takes the task for the user; nothing changes when they have it already, 409 when someone else has. */
    @Transactional
    public void claim(String taskId, PartnerflowUser user) {
        WorkItem task = access.get(taskId, user);
        access.checkDuties(task, user);
        TaskAccess.checkNotClaimedByAnother(task, user);
        if (task.assignee() == null) {
            asUser(user, () -> taskService.claim(taskId, user.getUsername()));
            audit.record(TaskAuditEntries.of(task, "TASK_CLAIMED", "Claimed " + task.name(), user));
        }
    }

    /** Gives the user's task back to its group; nothing changes when nobody has it, 409 when someone else has. */
    @Transactional
    public void unclaim(String taskId, PartnerflowUser user) {
        WorkItem task = access.get(taskId, user);
        TaskAccess.checkNotClaimedByAnother(task, user);
        if (task.assignee() != null) {
            asUser(user, () -> taskService.setAssignee(taskId, null));
            audit.record(TaskAuditEntries.of(task, "TASK_UNCLAIMED", "Gave back " + task.name(), user));
        }
    }

    /** Runs engine calls with the user as Camunda's authenticated user, so its operation log names them. */
    private void asUser(PartnerflowUser user, Runnable call) {
        identityService.setAuthentication(user.getUsername(), user.groups());
        try {
            call.run();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
