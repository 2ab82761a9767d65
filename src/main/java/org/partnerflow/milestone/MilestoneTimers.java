package org.partnerflow.milestone;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves a running milestoneDelivery with its milestone's new due date: the reminderAt and overdueAt variables, the
 * timer jobs recalculated from them, and the evidence task's due date. Shared by a re-plan and an award variation.
 */
@Component
class MilestoneTimers {

    private final MilestoneProperties properties;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService taskService;

    MilestoneTimers(MilestoneProperties properties, RuntimeService runtime, ManagementService management,
            TaskService taskService) {
        this.properties = properties;
        this.runtime = runtime;
        this.management = management;
        this.taskService = taskService;
    }

    /** Moves the milestone's running delivery, if any, to the new due date. */
    void follow(long milestoneId, LocalDate dueDate) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(MilestoneVariations.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(milestoneId)).singleResult();
        if (instance == null) {
            return;
        }
        MilestoneSchedule schedule = MilestoneSchedule.of(dueDate, properties.reminderBefore());
        runtime.setVariable(instance.getId(), "reminderAt", schedule.reminderAt());
        runtime.setVariable(instance.getId(), "overdueAt", schedule.overdueAt());
        for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            management.recalculateJobDuedate(timer.getId(), false);
        }
        for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("submitMilestoneEvidence").list()) {
            task.setDueDate(schedule.overdueAt());
            taskService.saveTask(task);
        }
    }
}
