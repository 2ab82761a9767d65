package org.partnerflow.tasks;

import java.util.Map;
import java.util.function.Function;
import org.partnerflow.security.PartnerflowUser;

/** Builds a {@link TaskForm} from its key, body type, form data and effect, so modules write only what differs. */
public final class TaskForms {

    private TaskForms() {
    }

    /** What completing one kind of task does: returns the process variables to complete it with. */
    @FunctionalInterface
    public interface Completion<B> {
        Map<String, Object> apply(WorkItem task, B body, PartnerflowUser user);
    }

    public static <B> TaskForm<B> of(String key, Class<B> type, Function<WorkItem, Map<String, Object>> data,
            Completion<B> completion) {
        return new TaskForm<>() {
            @Override
            public String taskDefinitionKey() {
                return key;
            }

            @Override
            public Class<B> bodyType() {
                return type;
            }

            @Override
            public Map<String, Object> data(WorkItem task) {
                return data.apply(task);
            }

            @Override
            public Map<String, Object> complete(WorkItem task, B body, PartnerflowUser user) {
                return completion.apply(task, body, user);
            }
        };
    }
}
