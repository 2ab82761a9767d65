package org.partnerflow.tasks;

import java.util.Map;
import org.partnerflow.security.PartnerflowUser;

/**
 * One kind of user task (BPMN element id = {@link #taskDefinitionKey()}): the body that completes it, what its
 * form shows, what its page starts from, and what completing it does. Workflow modules implement it; the task list
 * finds it by key.
 *
 * @param <B> the completion body, a validated record
 */
public interface TaskForm<B> {

    String taskDefinitionKey();

    Class<B> bodyType();

    /** What the task's form needs to show: its context (award, milestone, earlier rounds) and choices. */
    Map<String, Object> data(WorkItem task);

    /**
     * The body the task's page starts its form from, in the task's own body shape so it stays in step with the API:
     * returned work comes back as it was sent, a release proposal starts from the tranche's amount. Null for an
     * empty form.
     *
     * @param data what {@link #data} gave for the task
     */
    default B prefill(WorkItem task, Map<String, Object> data, PartnerflowUser user) {
        return null;
    }

    /**
     * What the task's page shows beside and in its form besides the data, by the name its templates use (award,
     * milestone, learning), read as the user; empty when the data is all the page needs.
     *
     * @param data what {@link #data} gave for the task
     */
    default Map<String, Object> pageContext(WorkItem task, Map<String, Object> data, PartnerflowUser user) {
        return Map.of();
    }

    /**
     * Applies a valid body: writes the module's state and returns the process variables to complete the task
     * with. Runs inside the completion's transaction, so a broken rule (thrown as a DomainRuleViolation)
     * leaves nothing written and the task open.
     */
    Map<String, Object> complete(WorkItem task, B body, PartnerflowUser user);
}
