package org.partnerflow.security.internal;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.security.AssignedTasks;
import org.springframework.stereotype.Component;

/**
 * Gives a user's claimed tasks back to their groups through Camunda's task service, in the caller's transaction.
 * Only the assignee changes: the task's candidate groups, and so its rows in the open group task ledger, stay.
 */
@Component
class EngineAssignedTasks implements AssignedTasks {

    private final TaskService tasks;
    private final IdentityService identity;

    EngineAssignedTasks(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    @Override
    public int returnToGroups(String username) {
        List<Task> claimed = tasks.createTaskQuery().taskAssignee(username).list();
        int returned = 0;
        // The admin who made the change, so Camunda's operation log names them.
        identity.setAuthentication(AuditTrail.currentActor(), List.of());
        try {
            for (Task task : claimed) {
                boolean offeredToGroup = tasks.getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                                && link.getGroupId() != null);
                if (offeredToGroup) {
                    tasks.setAssignee(task.getId(), null);
                    returned++;
                }
            }
        } finally {
            identity.clearAuthentication();
        }
        return returned;
    }
}
