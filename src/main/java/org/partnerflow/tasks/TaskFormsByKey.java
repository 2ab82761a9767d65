package org.partnerflow.tasks;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every module's task forms, found by the key of the task they complete. */
@Component
class TaskFormsByKey {

    private final Map<String, TaskForm<?>> forms;

    TaskFormsByKey(List<TaskForm<?>> forms) {
        this.forms = forms.stream().collect(Collectors.toMap(TaskForm::taskDefinitionKey, Function.identity()));
    }

    @SuppressWarnings("unchecked")
    <B> TaskForm<B> of(WorkItem task) {
        TaskForm<?> form = forms.get(task.taskDefinitionKey());
        if (form == null) {
            throw new IllegalStateException("no form for task " + task.taskDefinitionKey());
        }
        return (TaskForm<B>) form;
    }
}
