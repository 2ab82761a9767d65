package org.partnerflow.milestone;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-plans a milestone's due date: records the variation and moves the running process with it, so the
 * reminder, the overdue timer and the task's due date all follow the new date.
 */
@Service
public class MilestoneVariations {

    public static final String PROCESS_KEY = "milestoneDelivery";

    private final MilestonePlan plan;
    private final MilestoneVariationRepository variations;
    private final MilestoneProperties properties;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService taskService;
    private final Clock clock;

    MilestoneVariations(MilestonePlan plan, MilestoneVariationRepository variations, MilestoneProperties properties,
            RuntimeService runtime, ManagementService management, TaskService taskService, Clock clock) {
        this.plan = plan;
        this.variations = variations;
        this.properties = properties;
        this.runtime = runtime;
        this.management = management;
        this.taskService = taskService;
        this.clock = clock;
    }

    @Transactional
    public MilestoneFacts vary(long milestoneId, VariationRequest request, String manager) {
        if (request.dueDate() == null && request.trancheAmount() == null) {
            throw new org.partnerflow.shared.DomainRuleViolation("dueDate", "or trancheAmount must be given");
        }
        MilestoneFacts before = plan.facts(milestoneId);
        LocalDate dueDate = request.dueDate() == null ? before.dueDate() : request.dueDate();
        MilestoneVariation variation = new MilestoneVariation(milestoneId, before.dueDate(), dueDate,
                request.reason().trim(), manager, clock.instant());
        if (request.trancheAmount() != null) {
            if (request.balancingMilestoneId() == null) {
                throw new org.partnerflow.shared.DomainRuleViolation("balancingMilestoneId",
                        "must name the milestone whose tranche takes up the difference");
            }
            plan.moveTrancheAmount(milestoneId, request.balancingMilestoneId(), request.trancheAmount(),
                    request.reason().trim());
            variation.amounts(before.trancheAmount(), request.trancheAmount().setScale(2), request.balancingMilestoneId());
        }
        variations.save(variation);
        if (request.dueDate() == null) {
            return plan.facts(milestoneId);
        }
        plan.replan(milestoneId, request.dueDate(), request.reason().trim());
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(milestoneId)).singleResult();
        if (instance != null) {
            MilestoneSchedule schedule = MilestoneSchedule.of(request.dueDate(), properties.reminderBefore());
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
        return plan.facts(milestoneId);
    }
}
