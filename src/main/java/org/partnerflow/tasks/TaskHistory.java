package org.partnerflow.tasks;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completed user tasks from Camunda history, with the partnership and award they were about, for turnaround figures. */
@Service
public class TaskHistory {

    private final HistoryService historyService;

    TaskHistory(HistoryService historyService) {
        this.historyService = historyService;
    }

    /** A completed task: when it was created (the work arrived) and when it was completed (the work was done). */
    public record FinishedTask(String id, String taskDefinitionKey, Long partnershipId, Long awardId, Instant started,
            Instant ended) {
    }

    /**
     * Every completed task of this kind, oldest first, in two queries (the tasks, then the partnership and award
     * variables of their processes) whatever their number. Tasks ended without completion (a process cancelled) are left out.
     */
    @Transactional(readOnly = true)
    public List<FinishedTask> finished(String taskDefinitionKey) {
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .taskDefinitionKey(taskDefinitionKey).finished().orderByHistoricActivityInstanceStartTime().asc().list()
                .stream().filter(t -> t.getEndTime() != null
                        && (t.getDeleteReason() == null || "completed".equals(t.getDeleteReason()))).toList();
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Map<String, Object>> variables = new HashMap<>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableNameIn(TaskList.PARTNERSHIP_ID, TaskList.AWARD_ID).disableBinaryFetching().list()) {
            if (v.getProcessInstanceId() != null && v.getProcessInstanceId().equals(v.getExecutionId())) {
                variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        return tasks.stream().map(t -> {
            Map<String, Object> vars = variables.getOrDefault(t.getProcessInstanceId(), Map.of());
            return new FinishedTask(t.getId(), t.getTaskDefinitionKey(), asLong(vars.get(TaskList.PARTNERSHIP_ID)),
                    asLong(vars.get(TaskList.AWARD_ID)), t.getStartTime().toInstant(), t.getEndTime().toInstant());
        }).toList();
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
