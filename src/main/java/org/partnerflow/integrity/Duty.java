package org.partnerflow.integrity;

import java.util.Arrays;
import java.util.Optional;

/** A piece of work that separation of duties guards, by the user task (BPMN element id) that does it. */
public enum Duty {
    ASSESS("assessProposal"),
    DECIDE("decideAward"),
    REVIEW_EVIDENCE("reviewMilestoneEvidence"),
    PROPOSE_RELEASE("proposeTrancheRelease"),
    APPROVE_RELEASE("approveTrancheRelease"),
    ASSESS_VARIATION("assessVariation"),
    APPROVE_VARIATION("approveVariation"),
    APPROVE_CASE_STUDY("approveCaseStudyVersion");

    private final String taskKey;

    Duty(String taskKey) {
        this.taskKey = taskKey;
    }

    public String taskKey() {
        return taskKey;
    }

    /** The duty a user task does, or empty for a task no rule guards (a partnership's own work). */
    public static Optional<Duty> ofTask(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(d -> d.taskKey.equals(taskDefinitionKey)).findFirst();
    }
}
