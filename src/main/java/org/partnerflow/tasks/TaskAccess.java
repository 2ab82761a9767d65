package org.partnerflow.tasks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.integrity.DutyRules;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and work on a task: its assignee or a member of one of its candidate groups (which include the
 * partnership's own group); everyone else is refused the same way whether the task is open or finished.
 */
@Component
class TaskAccess {

    private final TaskService taskService;
    private final HistoryService historyService;
    private final WorkItems workItems;
    private final DutyRules duties;

    TaskAccess(TaskService taskService, HistoryService historyService, WorkItems workItems, DutyRules duties) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.workItems = workItems;
        this.duties = duties;
    }

    /**
     * Refuses (403 naming the rule) a user who may not do this task's duty: their own partnership or a declared
     * interest, an award they assessed, a version they drafted (DutyRules). Tasks that are no duty pass unread.
     */
    void checkDuties(WorkItem task, PartnerflowUser user) {
        duties.require(user, task.taskDefinitionKey(), task.processInstanceId());
    }

    /**
     * One task the user may see. A task the user may not see gets the same answer open or finished (404 for a
     * partner, 403 for staff), so its id tells nothing about its state; 409 when the user could work on it but it
     * was already completed; 404 when there is no such task.
     */
    WorkItem get(String taskId, PartnerflowUser user) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            HistoricTaskInstance finished = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                    .singleResult();
            if (finished == null) {
                throw new NotFoundException("Task", taskId);
            }
            if (!couldHaveWorkedOn(finished, user)) {
                throw refusal(taskId, user);
            }
            throw completed(taskId);
        }
        WorkItem item = workItems.of(List.of(task)).get(0);
        if (!mayWorkOn(item, user)) {
            HistoricTaskInstance meanwhile = taskService.createTaskQuery().taskId(taskId).count() == 0
                    ? historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult() : null;
            if (meanwhile != null && couldHaveWorkedOn(meanwhile, user)) {
                // Completed by someone else between the reads above, which took its candidate groups with it.
                throw completed(taskId);
            }
            throw refusal(taskId, user);
        }
        return item;
    }

    /** Refuses a user who is neither the open task's assignee nor in one of its candidate groups (404 or 403). */
    void checkMayWorkOn(WorkItem task, PartnerflowUser user) {
        if (!mayWorkOn(task, user)) {
            throw refusal(task.id(), user);
        }
    }

    /** 409 when someone else has claimed the task: only they may complete it or give it back. */
    static void checkNotClaimedByAnother(WorkItem task, PartnerflowUser user) {
        if (task.assignee() != null && !task.assignee().equals(user.getUsername())) {
            throw new ConflictException("Task " + task.id() + " is claimed by " + task.assignee() + ".");
        }
    }

    /** Whether the task is no longer open: a parallel completion committed after this one read it. */
    boolean isGone(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).count() == 0;
    }

    static ConflictException completed(String taskId) {
        return new ConflictException("Task " + taskId + " has already been completed.");
    }

    private static RuntimeException refusal(String taskId, PartnerflowUser user) {
        if (user.isStaff()) {
            return new AccessDeniedException("not a candidate for this task");
        }
        return new NotFoundException("Task", taskId); // a partner learns nothing of other partnerships' tasks
    }

    private static boolean mayWorkOn(WorkItem task, PartnerflowUser user) {
        if (user.getUsername().equals(task.assignee())) {
            return true;
        }
        Set<String> groups = new HashSet<>(user.groups());
        return task.candidateGroups().stream().anyMatch(groups::contains);
    }

    /** Whether the user was the finished task's assignee or in one of the groups it was offered to. */
    private boolean couldHaveWorkedOn(HistoricTaskInstance task, PartnerflowUser user) {
        if (user.getUsername().equals(task.getAssignee())) {
            return true;
        }
        Set<String> groups = new HashSet<>(user.groups());
        return historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .type(IdentityLinkType.CANDIDATE).list().stream()
                .map(HistoricIdentityLinkLog::getGroupId)
                .anyMatch(group -> group != null && groups.contains(group));
    }
}
