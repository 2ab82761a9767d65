package org.partnerflow.tasks.internal;

import java.util.Map;
import java.util.Optional;
import org.partnerflow.infrastructure.engine.LockedTaskCompletion;
import org.partnerflow.infrastructure.engine.LockedTaskCompletion.LockedTask;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Component;

/**
 * The task list's completion in one engine command: LockedTaskCompletion (infrastructure.engine), with the locked
 * task described as a {@link WorkItem}.
 */
@Component
public class OneCommandCompletion {

    private final LockedTaskCompletion completion;

    OneCommandCompletion(LockedTaskCompletion completion) {
        this.completion = completion;
    }

    /** Locks the open task's row until the transaction ends and describes it; empty when the task is not open. */
    public Optional<WorkItem> lockAndRead(String taskId) {
        return completion.lockAndRead(taskId).map(OneCommandCompletion::item);
    }

    private static WorkItem item(LockedTask locked) {
        var task = locked.task();
        var instance = locked.instance();
        return new WorkItem(task.id(), task.name(), task.taskDefinitionKey(),
                WorkItem.processDefinitionKeyOf(task.processDefinitionId()), task.processInstanceId(),
                instance.businessKey(), instance.partnershipId(), instance.awardId(), task.assignee(),
                locked.candidateGroups(), task.created(), task.due());
    }

    /** Completes the task with these variables, first claiming it for the user when it has no assignee. */
    public void complete(String taskId, String username, boolean claim, Map<String, Object> variables) {
        completion.complete(taskId, username, claim, variables);
    }
}
