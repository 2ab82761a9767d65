package org.partnerflow.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;

/** Takes every learning review of an award to sign-off, opening each early, as the people involved would. */
public final class LearningFixture {

    static final PartnerflowUser LEARNING = AwardFixture.staff("learning.fixture", Role.LEARNING_PARTNER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.fixture", Role.PROGRAMME_MANAGER);

    private LearningFixture() {
    }

    public static void signOffAll(ProcessEngine engine, TaskList tasks, TaskCompletion completion, LearningReviews reviews, ObjectMapper json,
            long awardId, PartnerflowUser partner) {
        for (ProcessInstance review : engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("learningReview").processInstanceBusinessKeyLike(awardId + "-%").list()) {
            Job opens = engine.getManagementService().createJobQuery().processInstanceId(review.getId())
                    .activityId("learningReviewOpens").singleResult();
            if (opens != null) {
                engine.getManagementService().executeJob(opens.getId());
            }
            complete(tasks, completion, json, partner, awardId, "writeLearningReview", Map.of("wentWell", "Good", "challengesOvercome",
                    "Time", "results", "Groups", "whatMadeTheDifference", "Leaders", "ratings", reviews.characteristics()
                            .stream().map(c -> Map.of("characteristic", c, "score", 4)).toList()));
            complete(tasks, completion, json, LEARNING, awardId, "addReflections", Map.of("reflections", "Noted"));
            complete(tasks, completion, json, MANAGER, awardId, "signOffLearningReview", Map.of("decision", "SIGN_OFF"));
        }
    }

    private static void complete(TaskList tasks, TaskCompletion completion, ObjectMapper json, PartnerflowUser user, long awardId, String key,
            Object body) {
        WorkItem task = tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> Long.valueOf(awardId).equals(t.awardId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " task for award " + awardId));
        completion.complete(task.id(), json.valueToTree(body), user);
    }
}
