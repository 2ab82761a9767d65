package org.partnerflow.tasks;

import java.util.Map;
import org.partnerflow.security.PartnerflowUser;

/**
 * One kind of user task (BPMN element id = {@link #taskDefinitionKey()}): the body that completes it, what its
 * form shows, and what completing it does. Workflow modules implement it; the task list finds it by key.
 *
 * @param <B> the completion body, a validated record
 */
public interface TaskForm<B> {

    String taskDefinitionKey();

    Class<B> bodyType();

    /** What the task's form needs to show: its context (award, milestone, earlier rounds) and choices. */
    Map<String, Object> data(WorkItem task);

    /**
     * Applies a valid body: writes the module's state and returns the process variables to complete the task
     * with. Runs inside the completion's transaction, so a broken rule (thrown as a DomainRuleViolation)
     * leaves nothing written and the task open.
     */
    Map<String, Object> complete(WorkItem task, B body, PartnerflowUser user);
}
