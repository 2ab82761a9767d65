package org.partnerflow.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** How the demo data does its work: finds a user's tasks and completes them as that user would. */
@Component
@Profile("demo")
class DemoTasks {

    private final TaskList tasks;
    private final TaskCompletion completion;

    DemoTasks(TaskList tasks, TaskCompletion completion) {
        this.tasks = tasks;
        this.completion = completion;
    }

    List<WorkItem> visibleTo(PartnerflowUser user, TaskFilter filter) {
        return tasks.visibleTo(user, filter);
    }

    void complete(String taskId, JsonNode body, PartnerflowUser user) {
        completion.complete(taskId, body, user);
    }
}
