package org.partnerflow.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerflow.support.AwardSteps.complete;
import static org.partnerflow.support.AwardSteps.statusOf;
import static org.partnerflow.support.AwardSteps.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.support.Api;
import org.partnerflow.support.AwardSteps;
import org.partnerflow.support.EmbeddedPostgresInitializer;
import org.partnerflow.support.PausedJobExecutors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A three-year award on a real PostgreSQL, from proposal to CLOSED, through the REST API as the demo users
 * would drive it; time moves by the engine's clock and due jobs are run as the job executor would run them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"demo", "postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@ExtendWith(PausedJobExecutors.class) // the clock moves months on: no cached context may fire its timers meanwhile
class AwardLifecycleOnPostgresTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    @Test
    void aThreeYearAwardRunsFromProposalToClosedThroughTheApi() {
        Api partner = Api.demo(port, "partner.plymouth");
        Api assessor = Api.demo(port, "assessor");
        Api funder = Api.demo(port, "funder");
        Api manager = Api.demo(port, "manager");
        AwardSteps steps = new AwardSteps(port, runtime, management);
        long awardId = partner.get("/api/v1/awards").json().get(0).get("id").asLong();

        complete(partner, "submitProposal", awardId, null, json.convertValue(AwardFixture.proposal("450000.00"), Map.class));
        complete(assessor, "assessProposal", awardId, null, Map.of("recommendation", "FUND", "noConflictOfInterest", true, "scores", List.of(
                Map.of("criterion", "Community voice and power", "score", 4),
                Map.of("criterion", "Strength of the partnership", "score", 4),
                Map.of("criterion", "Deliverability of the plan", "score", 3),
                Map.of("criterion", "Value for money", "score", 4),
                Map.of("criterion", "Learning and sharing", "score", 5))));
        complete(funder, "decideAward", awardId, null, Map.of("decision", "APPROVE", "amountAwarded", 450000.00));
        complete(partner, "acceptOffer", awardId, null, Map.of("accept", true));
        JsonNode award = partner.get("/api/v1/awards/" + awardId).json();
        assertThat(award.get("status").asText()).isEqualTo("ACTIVE");

        assertThat(steps.signOffLearningReviews(partner, manager, awardId)).as("36 months, a review every 6").isEqualTo(6);
        JsonNode milestones = award.get("milestones");
        assertThat(milestones).hasSize(3);
        attachEvidence(partner, awardId, milestones.get(0).get("id").asText());
        steps.deliver(partner, manager, funder, awardId, milestones.get(0));

        // The second milestone is late: its overdue timer fires the minute after its due date.
        String second = milestones.get(1).get("id").asText();
        String secondInstance = runtime.createProcessInstanceQuery().processDefinitionKey("milestoneDelivery")
                .processInstanceBusinessKey(second).singleResult().getId();
        Job overdue = management.createJobQuery().processInstanceId(secondInstance).activityId("milestoneOverdue")
                .singleResult();
        ClockUtil.setCurrentTime(overdue.getDuedate());
        steps.runDueJobs();
        assertThat(statusOf(partner.get("/api/v1/awards/" + awardId).json(), second)).isEqualTo("OVERDUE");
        complete(manager, "followUpOverdueMilestone", awardId, second, Map.of("note", "Rang the lead partner"));
        // Suspended, the award pays nothing: the second tranche, approved, waits until the award is resumed.
        assertThat(manager.post("/api/v1/awards/" + awardId + "/suspend", Map.of("reason", "Checking the accounts"))
                .status()).isEqualTo(204);
        steps.deliver(partner, manager, funder, awardId, milestones.get(1));
        JsonNode suspended = partner.get("/api/v1/awards/" + awardId).json();
        assertThat(suspended.get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("amountReleased").decimalValue()).isEqualByComparingTo("150000.00");
        assertThat(funder.post("/api/v1/awards/" + awardId + "/resume", Map.of("reason", "Accounts in order"))
                .status()).isEqualTo(204);
        assertThat(partner.get("/api/v1/awards/" + awardId).json().get("amountReleased").decimalValue())
                .isEqualByComparingTo("300000.00");
        steps.deliver(partner, manager, funder, awardId, milestones.get(2));

        reportSpend(partner, awardId);
        JsonNode delivered = partner.get("/api/v1/awards/" + awardId).json();
        assertThat(delivered.get("amountReleased").decimalValue()).isEqualByComparingTo("450000.00");
        assertThat(delivered.get("remainingToRelease").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(delivered.get("amountSpent").decimalValue()).isEqualByComparingTo("290000.00");
        assertThat(delivered.get("status").asText()).isEqualTo("ACTIVE");

        ClockUtil.setCurrentTime(Date.from(AwardFixture.START.plusMonths(36).plusDays(1)
                .atStartOfDay(MilestoneSchedule.UK).toInstant()));
        steps.runDueJobs();
        complete(partner, "submitFinalReport", awardId, null, Map.of("report", "Residents now run all three hubs."));
        assertThat(partner.get("/api/v1/awards/" + awardId).json().get("status").asText())
                .as("a programme manager reviews the report before the award closes").isEqualTo("ACTIVE");
        complete(manager, "reviewFinalReport", awardId, null, Map.of("decision", "ACCEPT", "comments", "Thank you."));
        JsonNode closed = partner.get("/api/v1/awards/" + awardId).json();
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("amountReleased").decimalValue()).isEqualByComparingTo(closed.get("amountAwarded").decimalValue());
        assertThat(manager.get("/api/v1/milestones/" + second).json().get("followUps")).hasSize(1);
        assertThat(Api.demo(port, "partner.croydon").get("/api/v1/milestones/" + second).status()).isEqualTo(404);
    }

    /** Files: a PDF is kept and served back; a refused type, a fake PDF or an oversized file writes nothing. */
    private void attachEvidence(Api partner, long awardId, String milestoneId) {
        String task = task(partner, "submitMilestoneEvidence", awardId, milestoneId);
        byte[] pdf = "%PDF-1.4 evidence of hubs opening".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Response stored = partner.postFile("/api/v1/tasks/" + task + "/attachments", "file", "hubs.pdf",
                "application/pdf", pdf);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        long attachmentId = stored.json().get("id").asLong();

        Api.Response exe = partner.postFile("/api/v1/tasks/" + task + "/attachments", "file", "setup.exe",
                "application/octet-stream", new byte[] {'M', 'Z', 1, 2});
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.json().get("errors").findValuesAsText("field")).contains("file");
        Api.Response fake = partner.postFile("/api/v1/tasks/" + task + "/attachments", "file", "report.pdf",
                "application/pdf", "not really a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fake.status()).isEqualTo(400);
        Api.Response huge = partner.postFile("/api/v1/tasks/" + task + "/attachments", "file", "big.pdf",
                "application/pdf", new byte[11 * 1024 * 1024]);
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.contentType()).startsWith("application/problem+json");

        JsonNode listed = partner.get("/api/v1/milestones/" + milestoneId + "/attachments").json();
        assertThat(listed).hasSize(1);
        assertThat(partner.getBytes("/api/v1/milestones/" + milestoneId + "/attachments/" + attachmentId)).isEqualTo(pdf);
        assertThat(Api.demo(port, "partner.croydon")
                .get("/api/v1/milestones/" + milestoneId + "/attachments/" + attachmentId).status()).isEqualTo(404);
    }

    /** Spend returns per award year: a correction replaces the year; years and totals stay within the award. */
    private void reportSpend(Api partner, long awardId) {
        String path = "/api/v1/awards/" + awardId + "/spend-returns";
        assertThat(partner.post(path, Map.of("year", 1, "amountSpent", 120000.00)).status()).isEqualTo(200);
        assertThat(partner.post(path, Map.of("year", 1, "amountSpent", 140000.00, "narrative", "Corrected")).status())
                .isEqualTo(200);
        assertThat(partner.post(path, Map.of("year", 2, "amountSpent", 150000.00)).status()).isEqualTo(200);
        Api.Response tooLate = partner.post(path, Map.of("year", 4, "amountSpent", 1.00));
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.json().get("errors").findValuesAsText("field")).contains("year");
        Api.Response tooMuch = partner.post(path, Map.of("year", 3, "amountSpent", 200000.00));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("errors").findValuesAsText("field")).contains("amountSpent");
        assertThat(partner.post(path, Map.of("year", 3, "amountSpent", -1)).status()).isEqualTo(400);
        assertThat(Api.demo(port, "partner.croydon").post(path, Map.of("year", 3, "amountSpent", 1.00)).status())
                .isEqualTo(404);
        assertThat(partner.get(path).json()).hasSize(2);
    }

}
