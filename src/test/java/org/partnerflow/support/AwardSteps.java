package org.partnerflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * An award's tasks done through the REST API as the demo users would do them, and due jobs run as the job executor
 * would run them: the steps the end-to-end award tests share.
 */
public final class AwardSteps {

    private final int port;
    private final RuntimeService runtime;
    private final ManagementService management;

    public AwardSteps(int port, RuntimeService runtime, ManagementService management) {
        this.port = port;
        this.runtime = runtime;
        this.management = management;
    }

    /** Evidence, review, a proposed release and the funders' approval of one milestone (a JSON milestone of the award). */
    public void deliver(Api partner, Api manager, Api funder, long awardId, JsonNode milestone) {
        String id = milestone.get("id").asText();
        submitAndApproveEvidence(partner, manager, awardId, milestone);
        JsonNode tranche = manager.get("/api/v1/milestones/" + id).json().get("milestone");
        complete(manager, "proposeTrancheRelease", awardId, id, Map.of("amount", tranche.get("trancheAmount").decimalValue()));
        // Only funders approve a release: the programme manager who proposed it is refused.
        assertThat(post(manager, task(funder, "approveTrancheRelease", awardId, id), Map.of("decision", "RELEASE")))
                .isEqualTo(403);
        complete(funder, "approveTrancheRelease", awardId, id, Map.of("decision", "RELEASE"));
    }

    public void submitAndApproveEvidence(Api partner, Api manager, long awardId, JsonNode milestone) {
        String id = milestone.get("id").asText();
        complete(partner, "submitMilestoneEvidence", awardId, id, Map.of("narrative", "Delivered: "
                + milestone.get("title").asText(), "links", List.of("https://example.org/evidence/" + id)));
        complete(manager, "reviewMilestoneEvidence", awardId, id, Map.of("decision", "APPROVE"));
    }

    /** The award's learning reviews, opened early and signed off through the API; returns how many there were. */
    public int signOffLearningReviews(Api partner, Api manager, long awardId) {
        List<ProcessInstance> reviews = runtime.createProcessInstanceQuery().processDefinitionKey("learningReview")
                .processInstanceBusinessKeyLike(awardId + "-%").list();
        Api learning = Api.demo(port, "learning");
        for (ProcessInstance review : reviews) {
            Job opens = management.createJobQuery().processInstanceId(review.getId()).activityId("learningReviewOpens")
                    .singleResult();
            management.executeJob(opens.getId());
            String write = task(partner, "writeLearningReview", awardId, null);
            List<Map<String, Object>> ratings = new ArrayList<>();
            partner.get("/api/v1/tasks/" + write).json().at("/data/characteristics")
                    .forEach(c -> ratings.add(Map.of("characteristic", c.asText(), "score", 4)));
            assertThat(ratings).hasSize(8);
            complete(partner, "writeLearningReview", awardId, null, Map.of("wentWell", "Forums run by residents",
                    "challengesOvercome", "Time", "results", "Two groups", "whatMadeTheDifference", "Trust",
                    "ratings", ratings));
            complete(learning, "addReflections", awardId, null, Map.of("reflections", "What will last?"));
            complete(manager, "signOffLearningReview", awardId, null, Map.of("decision", "SIGN_OFF"));
        }
        JsonNode series = partner.get("/api/v1/partnerships/" + partner.get("/api/v1/awards/" + awardId).json()
                .get("partnershipId").asLong() + "/learning-reviews").json();
        List<String> statuses = series.findValuesAsText("status").stream().filter(s -> !s.equals("WITHDRAWN")).toList();
        assertThat(statuses).hasSize(reviews.size()).containsOnly("SIGNED_OFF");
        return reviews.size();
    }

    /** Runs due jobs until none is left, as the job executor would: a job may make the next one due. */
    public void runDueJobs() {
        for (int round = 0; round < 100; round++) { // a quiet period (no indicators) makes the next one due at once
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("due jobs keep coming");
    }

    public static void complete(Api api, String key, long awardId, String businessKey, Map<?, ?> body) {
        String taskId = task(api, key, awardId, businessKey);
        Api.Response response = api.post("/api/v1/tasks/" + taskId + "/complete", body);
        assertThat(response.status()).as(key + ": " + response.body()).isEqualTo(204);
    }

    public static int post(Api api, String taskId, Map<?, ?> body) {
        return api.post("/api/v1/tasks/" + taskId + "/complete", body).status();
    }

    /** The id of the caller's open task of that kind for the award (and business key, when given). */
    public static String task(Api api, String key, long awardId, String businessKey) {
        for (JsonNode t : api.get("/api/v1/tasks?taskDefinitionKey=" + key + "&size=200").json()) {
            if (t.get("awardId").asLong() == awardId
                    && (businessKey == null || businessKey.equals(t.get("businessKey").asText()))) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no " + key + " task for award " + awardId);
    }

    /** How many open tasks of that kind the caller has for the award. */
    public static long openTasks(Api api, String key, long awardId) {
        long n = 0;
        for (JsonNode t : api.get("/api/v1/tasks?taskDefinitionKey=" + key + "&size=200").json()) {
            n += t.get("awardId").asLong() == awardId ? 1 : 0;
        }
        return n;
    }

    public static String statusOf(JsonNode award, String milestoneId) {
        for (JsonNode m : award.get("milestones")) {
            if (m.get("id").asText().equals(milestoneId)) {
                return m.get("status").asText();
            }
        }
        throw new AssertionError("no milestone " + milestoneId);
    }
}
