package org.partnerflow.tasks;

import java.util.Map;
import java.util.function.Function;
import org.partnerflow.security.PartnerflowUser;

/**
 * The one task form of every overdue follow-up: a module plugs it in with its task key, what its form shows and
 * which subject a task is about; completing it records the follow-up and sets no process variable.
 */
public final class FollowUpForm implements TaskForm<FollowUpRequest> {

    private final String taskDefinitionKey;
    private final Function<WorkItem, Map<String, Object>> data;
    private final Function<WorkItem, FollowUpSubject> subject;
    private final FollowUps followUps;

    public FollowUpForm(String taskDefinitionKey, Function<WorkItem, Map<String, Object>> data,
            Function<WorkItem, FollowUpSubject> subject, FollowUps followUps) {
        this.taskDefinitionKey = taskDefinitionKey;
        this.data = data;
        this.subject = subject;
        this.followUps = followUps;
    }

    @Override
    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    @Override
    public Class<FollowUpRequest> bodyType() {
        return FollowUpRequest.class;
    }

    @Override
    public Map<String, Object> data(WorkItem task) {
        return data.apply(task);
    }

    @Override
    public Map<String, Object> complete(WorkItem task, FollowUpRequest body, PartnerflowUser user) {
        followUps.record(subject.apply(task), body, user.getUsername());
        return Map.of();
    }
}
