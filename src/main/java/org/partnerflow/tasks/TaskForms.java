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

    /** Something the task's page needs, worked out from the task, its form data and the user reading it. */
    @FunctionalInterface
    public interface PageValue<T> {
        T of(WorkItem task, Map<String, Object> data, PartnerflowUser user);
    }

    public static <B> Form<B> of(String key, Class<B> type, Function<WorkItem, Map<String, Object>> data,
            Completion<B> completion) {
        return new Form<>(key, type, data, completion, (task, d, user) -> null, (task, d, user) -> Map.of());
    }

    /** A task form built from its parts; {@link #withPrefill} and {@link #withPageContext} add what its page needs. */
    public static final class Form<B> implements TaskForm<B> {

        private final String key;
        private final Class<B> type;
        private final Function<WorkItem, Map<String, Object>> data;
        private final Completion<B> completion;
        private final PageValue<B> prefill;
        private final PageValue<Map<String, Object>> pageContext;

        private Form(String key, Class<B> type, Function<WorkItem, Map<String, Object>> data, Completion<B> completion,
                PageValue<B> prefill, PageValue<Map<String, Object>> pageContext) {
            this.key = key;
            this.type = type;
            this.data = data;
            this.completion = completion;
            this.prefill = prefill;
            this.pageContext = pageContext;
        }

        /** The same form, its page starting from the body this gives (see {@link TaskForm#prefill}). */
        public Form<B> withPrefill(PageValue<B> prefill) {
            return new Form<>(key, type, data, completion, prefill, pageContext);
        }

        /** The same form, its page showing what this gives (see {@link TaskForm#pageContext}). */
        public Form<B> withPageContext(PageValue<Map<String, Object>> pageContext) {
            return new Form<>(key, type, data, completion, prefill, pageContext);
        }

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
        public B prefill(WorkItem task, Map<String, Object> data, PartnerflowUser user) {
            return prefill.of(task, data, user);
        }

        @Override
        public Map<String, Object> pageContext(WorkItem task, Map<String, Object> data, PartnerflowUser user) {
            return pageContext.of(task, data, user);
        }

        @Override
        public Map<String, Object> complete(WorkItem task, B body, PartnerflowUser user) {
            return completion.apply(task, body, user);
        }
    }
}
