package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PUT /api/v1/tasks/{id}/draft: a task's candidates keep a draft of its form, GET /api/v1/tasks/{id} gives it back as
 * data.draft until the task ends, and it is refused as completing is (another partnership 404, staff who are not
 * candidates 403, a completed task 409) and for a body that is not an object or is too large.
 */
@DemoAppTest
class TaskDraftsThroughTheApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Test
    void aDraftIsSavedReadBackAndGoesWhenTheTaskIsCompleted() {
        NewPartnership p = NewPartnership.create(port);
        Api partner = p.partnerApi(port);
        String task = proposalTask(p, partner);

        assertThat(partner.get("/api/v1/tasks/" + task).json().get("data").has("draft")).isFalse();
        Map<String, Object> draft = Map.of("summary", "Residents run their own hubs.",
                "milestones", List.of(Map.of("title", "Hubs open", "dueDate", Map.of("day", "31", "month", "2"))));
        Api.Response saved = partner.put("/api/v1/tasks/" + task + "/draft", draft);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(204);

        JsonNode read = partner.get("/api/v1/tasks/" + task).json();
        assertThat(read.at("/data/draft/summary").asText()).isEqualTo("Residents run their own hubs.");
        assertThat(read.at("/data/draft/milestones/0/dueDate/day").asText()).isEqualTo("31");
        assertThat(read.at("/data/draftSavedBy").asText()).isEqualTo(p.username());
        assertThat(read.get("assignee").isNull()).as("saving a draft does not claim the task").isTrue();
        assertThat(read.at("/data/awardCap").isMissingNode()).as("the form's own data is still there").isFalse();

        Api.Response again = partner.put("/api/v1/tasks/" + task + "/draft", Map.of("summary", "Second thoughts."));
        assertThat(again.status()).isEqualTo(204);
        JsonNode replaced = partner.get("/api/v1/tasks/" + task).json().at("/data/draft");
        assertThat(replaced.toString()).isEqualTo("{\"summary\":\"Second thoughts.\"}");

        Api.Response completed = partner.post("/api/v1/tasks/" + task + "/complete", proposal());
        assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from task_draft where task_id = ?", Integer.class, task))
                .isZero();
        assertThat(partner.get("/api/v1/tasks/" + task).status()).isEqualTo(409);
        assertThat(partner.put("/api/v1/tasks/" + task + "/draft", Map.of("summary", "Too late")).status())
                .isEqualTo(409);
    }

    @Test
    void aDraftGoesWithItsTaskWhenTheProcessIsCancelled() {
        NewPartnership p = NewPartnership.create(port);
        Api partner = p.partnerApi(port);
        String task = proposalTask(p, partner);
        assertThat(partner.put("/api/v1/tasks/" + task + "/draft", Map.of("summary", "Kept a while")).status())
                .isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from task_draft where task_id = ?", Integer.class, task))
                .isOne();

        String instance = partner.get("/api/v1/tasks/" + task).json().get("processInstanceId").asText();
        runtime.deleteProcessInstance(instance, "test: the award is withdrawn", true);

        assertThat(jdbc.queryForObject("select count(*) from task_draft where task_id = ?", Integer.class, task))
                .isZero();
    }

    @Test
    void anotherPartnershipGets404AndStaffWhoAreNotCandidates403AndNothingIsSaved() {
        NewPartnership p = NewPartnership.create(port);
        String task = proposalTask(p, p.partnerApi(port));
        String path = "/api/v1/tasks/" + task + "/draft";

        Api.Response other = Api.demo(port, "partner.croydon").put(path, Map.of("summary", "Not ours"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(p.name());
        assertThat(Api.demo(port, "funder").put(path, Map.of("summary", "Not mine")).status()).isEqualTo(403);
        assertThat(Api.demo(port, "manager").put(path, Map.of("summary", "Not mine")).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).put(path, Map.of("summary", "Anyone")).status()).isEqualTo(401);
        assertThat(Api.demo(port, "partner.croydon").put("/api/v1/tasks/no-such-task/draft", Map.of()).status())
                .isEqualTo(404);

        assertThat(jdbc.queryForObject("select count(*) from task_draft where task_id = ?", Integer.class, task))
                .isZero();
    }

    @Test
    void aDraftMustBeAJsonObjectOfAtMostOneMebibyte() {
        NewPartnership p = NewPartnership.create(port);
        Api partner = p.partnerApi(port);
        String path = "/api/v1/tasks/" + proposalTask(p, partner) + "/draft";

        for (String notAnObject : List.of("[]", "\"text\"", "42", "null")) {
            Api.Response refused = partner.put(path, notAnObject);
            assertThat(refused.status()).as(notAnObject).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("body");
            assertThat(refused.json().at("/errors/0/message").asText()).isEqualTo("must be a JSON object");
        }
        Api.Response broken = partner.put(path, "{\"summary\": ");
        assertThat(broken.status()).isEqualTo(400);

        Api.Response nul = partner.put(path, Map.of("milestones", List.of(Map.of("title", "a\u0000b"))));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().at("/errors/0/field").asText()).isEqualTo("milestones[0].title");

        Api.Response tooLarge = partner.put(path, Map.of("summary", "x".repeat(1024 * 1024)));
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().at("/errors/0/field").asText()).isEqualTo("body");
        assertThat(tooLarge.json().at("/errors/0/message").asText()).contains("1048576");

        Api.Response justUnder = partner.put(path, Map.of("summary", "x".repeat(1024 * 1024 - 20)));
        assertThat(justUnder.status()).as("a draft of just under 1 MiB is kept").isEqualTo(204);
        assertThat(partner.get(path.replace("/draft", "")).json().at("/data/draft/summary").asText())
                .hasSize(1024 * 1024 - 20);
    }

    /** The partnership's submitProposal task of a new award. */
    static String proposalTask(NewPartnership p, Api partner) {
        Api.Response started = partner.post("/api/v1/awards", Map.of("partnershipId", p.partnershipId()));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        for (JsonNode task : partner.get("/api/v1/tasks?taskDefinitionKey=submitProposal").json()) {
            return task.get("id").asText();
        }
        throw new IllegalStateException("no submitProposal task");
    }

    /** A proposal the programme of NewPartnership accepts. */
    static Map<String, Object> proposal() {
        return Map.of("summary", "Residents in three neighbourhoods run their own health hubs.",
                "communityAims", List.of("Residents run activity in their own streets"),
                "amountRequested", "300000.00", "startDate", "2027-04-01", "durationMonths", 24,
                "budgetByYear", List.of(Map.of("year", 1, "amount", "150000.00"), Map.of("year", 2, "amount", "150000.00")),
                "milestones", List.of(
                        Map.of("title", "Hubs open", "dueDate", "2027-09-30", "trancheAmount", "150000.00"),
                        Map.of("title", "Residents' review", "dueDate", "2029-03-31", "trancheAmount", "150000.00")));
    }
}
