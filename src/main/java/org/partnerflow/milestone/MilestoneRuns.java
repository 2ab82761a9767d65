package org.partnerflow.milestone;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The running processes an award variation changes: a milestone's delivery ended through its "Milestone withdrawn"
 * event, a new milestone's delivery started inside the award's running deliverMilestones (so the award waits for it as
 * for the others), and the award's close-out timer moved with its end date. Runs in the caller's transaction.
 */
@Component
class MilestoneRuns {

    static final String WITHDRAWN_MESSAGE = "milestoneWithdrawn";
    static final String AWARD_PROCESS = "grantAward";
    static final String DELIVER_MILESTONES = "deliverMilestones";
    static final String AWARD_PERIOD_ENDED = "awardPeriodEnded";

    private final RuntimeService runtime;
    private final ManagementService management;

    MilestoneRuns(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** Ends the milestone's running delivery at its withdrawn end event; false when none is running. */
    boolean withdraw(long milestoneId, String reason, String actor) {
        ProcessInstance delivery = runtime.createProcessInstanceQuery()
                .processDefinitionKey(MilestoneVariations.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(milestoneId)).singleResult();
        if (delivery == null) {
            return false;
        }
        runtime.createMessageCorrelation(WITHDRAWN_MESSAGE).processInstanceId(delivery.getId())
                .setVariable("withdrawalReason", reason).setVariable("withdrawnBy", actor).correlateWithResult();
        return true;
    }

    /**
     * Starts a new milestone's delivery. Inside the award's running deliverMilestones, as one more instance of its
     * multi-instance body (found in the activity instance tree, wherever the model nests it). An award not yet
     * delivering starts it with the rest of its plan on activation; an award past deliverMilestones runs it on its own.
     */
    void start(long awardId, long partnershipId, long milestoneId, boolean awardRunning) {
        ProcessInstance award = awardProcess(awardId);
        ActivityInstance body = award == null ? null
                : find(runtime.getActivityInstance(award.getId()), DELIVER_MILESTONES + "#multiInstanceBody");
        if (body != null) {
            runtime.createProcessInstanceModification(award.getId())
                    .startBeforeActivity(DELIVER_MILESTONES, body.getId())
                    .setVariableLocal("milestoneId", milestoneId)
                    .execute();
        } else if (awardRunning) {
            runtime.startProcessInstanceByKey(MilestoneVariations.PROCESS_KEY, String.valueOf(milestoneId),
                    Map.of("awardId", awardId, "partnershipId", partnershipId, "milestoneId", milestoneId));
        }
    }

    /** Sets the award's close-out date and recalculates its awardPeriodEnded timer, if the award waits there. */
    void moveCloseOut(long awardId, Date closeOutAt) {
        ProcessInstance award = awardProcess(awardId);
        if (award == null) {
            return;
        }
        runtime.setVariable(award.getId(), "closeOutAt", closeOutAt);
        for (Job timer : management.createJobQuery().processInstanceId(award.getId())
                .activityId(AWARD_PERIOD_ENDED).timers().list()) {
            management.recalculateJobDuedate(timer.getId(), false);
        }
    }

    private ProcessInstance awardProcess(long awardId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AWARD_PROCESS)
                .variableValueEquals("awardId", awardId).singleResult();
    }

    private static ActivityInstance find(ActivityInstance instance, String activityId) {
        if (instance == null) {
            return null;
        }
        if (activityId.equals(instance.getActivityId())) {
            return instance;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            ActivityInstance found = find(child, activityId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
