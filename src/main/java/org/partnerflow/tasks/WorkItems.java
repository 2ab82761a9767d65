package org.partnerflow.tasks;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.infrastructure.engine.CandidateGroups;
import org.partnerflow.infrastructure.engine.InstanceFacts;
import org.partnerflow.infrastructure.engine.OpenTasks;
import org.springframework.stereotype.Component;

/** Turns the engine's open tasks into WorkItems: adds partnership, award, business key and candidate groups. */
@Component
class WorkItems {

    private final InstanceFacts instanceFacts;
    private final CandidateGroups candidateGroups;

    WorkItems(InstanceFacts instanceFacts, CandidateGroups candidateGroups) {
        this.instanceFacts = instanceFacts;
        this.candidateGroups = candidateGroups;
    }

    List<WorkItem> of(List<Task> tasks) {
        return ofRows(tasks.stream().map(t -> new OpenTasks.Row(t.getId(), t.getName(), t.getTaskDefinitionKey(),
                t.getProcessDefinitionId(), t.getProcessInstanceId(), t.getAssignee(), t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant())).toList());
    }

    /** Adds partnership, award, business key and candidate groups with two statements, however many tasks. */
    List<WorkItem> ofRows(List<OpenTasks.Row> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, InstanceFacts.Facts> instances = instanceFacts.of(
                tasks.stream().map(OpenTasks.Row::processInstanceId).filter(Objects::nonNull)
                        .collect(Collectors.toSet()), TaskList.PARTNERSHIP_ID,
                TaskList.AWARD_ID); // a task of no process (a standalone task) has no facts
        Map<String, List<String>> groups = candidateGroups.of(tasks.stream().map(OpenTasks.Row::id).toList());
        InstanceFacts.Facts none = new InstanceFacts.Facts(null, null, null);
        return tasks.stream().map(t -> {
            InstanceFacts.Facts instance = instances.getOrDefault(t.processInstanceId(), none);
            return new WorkItem(t.id(), t.name(), t.taskDefinitionKey(),
                    WorkItem.processDefinitionKeyOf(t.processDefinitionId()), t.processInstanceId(),
                    instance.businessKey(), instance.partnershipId(), instance.awardId(), t.assignee(),
                    groups.getOrDefault(t.id(), List.of()), t.created(), t.due());
        }).toList();
    }
}
