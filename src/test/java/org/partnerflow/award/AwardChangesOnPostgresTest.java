package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerflow.support.AwardSteps.complete;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * An award on a real PostgreSQL from proposal to close-out through the changes real grants go through: a variation
 * (more money, an earlier end, one milestone moved, one dropped and one added) and a suspension that holds a release
 * until the award is resumed. Driven through the REST API as the demo users would; time moves by the engine's clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"demo", "postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@ExtendWith(PausedJobExecutors.class)
class AwardChangesOnPostgresTest {

    private static final LocalDate START = AwardFixture.START;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    @Test
    void anAwardIsVariedSuspendedResumedAndClosed() {
        AwardSteps steps = new AwardSteps(port, runtime, management);
        Api partner = Api.demo(port, "partner.greenwich"); // Plymouth's award is the three-year lifecycle test's
        Api funder = Api.demo(port, "funder");
        Api manager = Api.demo(port, "manager");
        long awardId = partner.get("/api/v1/awards").json().get(0).get("id").asLong();
        long programmeId = activate(partner, funder, awardId, "420000.00");
        JsonNode milestones = award(partner, awardId).get("milestones");
        steps.deliver(partner, manager, funder, awardId, milestones.get(0));
        assertThat(award(partner, awardId).get("amountReleased").decimalValue()).isEqualByComparingTo("140000.00");

        // The partnership asks for £30,000 more and to finish a month early: the second milestone moves, the third is
        // dropped and a new one takes its place; the open tranches add up to the new amount less what was released.
        BigDecimal remainingBefore = remaining(manager, programmeId);
        LocalDate newEnd = START.plusMonths(35).minusDays(1);
        String second = milestones.get(1).get("id").asText();
        String third = milestones.get(2).get("id").asText();
        Map<String, Object> moved = milestone(second, "Groups running", START.plusMonths(26), "150000.00");
        Map<String, Object> added = milestone(null, "Toolkit published", START.plusMonths(34), "160000.00");
        Api.Response requested = partner.post("/api/v1/awards/" + awardId + "/variations", Map.of(
                "reason", "A fourth hub and a toolkit, agreed with the council", "amountAwarded", 450000.00,
                "endDate", newEnd.toString(), "milestones", List.of(moved, added)));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.json().get("status").asText()).isEqualTo("REQUESTED");
        complete(manager, "assessVariation", awardId, null, Map.of("decision", "RECOMMEND", "comments", "Good value"));
        complete(funder, "approveVariation", awardId, null, Map.of("decision", "APPROVE", "comments", "Agreed"));

        JsonNode varied = award(partner, awardId);
        assertThat(varied.get("amountAwarded").decimalValue()).isEqualByComparingTo("450000.00");
        assertThat(varied.get("endDate").asText()).isEqualTo(newEnd.toString());
        assertThat(remaining(manager, programmeId)).isEqualByComparingTo(remainingBefore.subtract(new BigDecimal("30000")));
        assertThat(varied.get("milestones").findValuesAsText("title")).contains("Groups running", "Toolkit published");
        assertThat(AwardSteps.statusOf(varied, third)).as("the dropped milestone stays in the history").isEqualTo("WITHDRAWN");
        assertThat(milestone(varied, second).get("dueDate").asText()).isEqualTo(START.plusMonths(26).toString());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("milestoneDelivery")
                .processInstanceBusinessKey(third).count()).as("the dropped milestone's process ended").isZero();
        assertThat(steps.signOffLearningReviews(partner, manager, awardId))
                .as("the review due after the new end was withdrawn; five remain").isEqualTo(5);
        JsonNode variations = partner.get("/api/v1/awards/" + awardId + "/variations").json();
        assertThat(variations.get(0).get("status").asText()).isEqualTo("APPLIED");
        assertThat(variations.get(0).get("decisions")).hasSize(2);

        // Suspended: the second milestone is approved for release, but the money waits for the resumption.
        assertThat(funder.post("/api/v1/awards/" + awardId + "/suspend", Map.of("reason", "Safeguarding review")).status())
                .isEqualTo(204);
        assertThat(award(partner, awardId).get("status").asText()).isEqualTo("SUSPENDED");
        JsonNode rows = funder.get("/api/v1/dashboard/portfolio?programmeId=" + programmeId + "&awardStatus=SUSPENDED&size=200")
                .json().get("partnerships");
        assertThat(rows.findValuesAsText("awardId")).as("a suspended award stays on the dashboard")
                .contains(String.valueOf(awardId));
        JsonNode groups = milestone(award(partner, awardId), second);
        steps.deliver(partner, manager, funder, awardId, groups);
        steps.runDueJobs();
        assertThat(award(partner, awardId).get("amountReleased").decimalValue())
                .as("no tranche is released while the award is suspended").isEqualByComparingTo("140000.00");
        assertThat(manager.post("/api/v1/awards/" + awardId + "/resume", Map.of("reason", "Review closed")).status())
                .isEqualTo(204);
        steps.runDueJobs();
        JsonNode resumed = award(partner, awardId);
        assertThat(resumed.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(resumed.get("amountReleased").decimalValue()).isEqualByComparingTo("290000.00");

        JsonNode toolkit = resumed.get("milestones").findParents("title").stream()
                .filter(m -> m.get("title").asText().equals("Toolkit published")).findFirst().orElseThrow();
        steps.deliver(partner, manager, funder, awardId, toolkit);

        // The close-out timer followed the new end date.
        ClockUtil.setCurrentTime(Date.from(newEnd.minusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        steps.runDueJobs();
        assertThat(AwardSteps.openTasks(partner, "submitFinalReport", awardId)).as("not before the new end date").isZero();
        ClockUtil.setCurrentTime(Date.from(newEnd.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        steps.runDueJobs();
        complete(partner, "submitFinalReport", awardId, null, Map.of("report", "Four hubs and a toolkit."));
        complete(manager, "reviewFinalReport", awardId, null, Map.of("decision", "ACCEPT", "comments", "Thank you."));
        JsonNode closed = award(partner, awardId);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("amountReleased").decimalValue()).isEqualByComparingTo("450000.00");
        assertThat(manager.get("/api/v1/awards/" + awardId + "/audit?size=200").body())
                .contains("VARIATION_APPLIED", "AWARD_SUSPENDED", "AWARD_RESUMED");
    }

    private long activate(Api partner, Api funder, long awardId, String amount) {
        complete(partner, "submitProposal", awardId, null, json.convertValue(AwardFixture.proposal(amount), Map.class));
        Api assessor = Api.demo(port, "assessor");
        complete(assessor, "assessProposal", awardId, null, Map.of("recommendation", "FUND", "noConflictOfInterest", true,
                "scores", List.of(Map.of("criterion", "Community voice and power", "score", 4),
                        Map.of("criterion", "Strength of the partnership", "score", 4),
                        Map.of("criterion", "Deliverability of the plan", "score", 3),
                        Map.of("criterion", "Value for money", "score", 4),
                        Map.of("criterion", "Learning and sharing", "score", 5))));
        complete(funder, "decideAward", awardId, null, Map.of("decision", "APPROVE", "amountAwarded", new BigDecimal(amount)));
        complete(partner, "acceptOffer", awardId, null, Map.of("accept", true));
        JsonNode award = award(partner, awardId);
        assertThat(award.get("status").asText()).isEqualTo("ACTIVE");
        return award.get("programmeId").asLong();
    }

    private static JsonNode award(Api api, long awardId) {
        return api.get("/api/v1/awards/" + awardId).json();
    }

    private static JsonNode milestone(JsonNode award, String id) {
        for (JsonNode m : award.get("milestones")) {
            if (m.get("id").asText().equals(id)) {
                return m;
            }
        }
        throw new AssertionError("no milestone " + id);
    }

    private static BigDecimal remaining(Api api, long programmeId) {
        return api.get("/api/v1/programmes/" + programmeId).json().get("remainingBudget").decimalValue();
    }

    private static Map<String, Object> milestone(String id, String title, LocalDate due, String tranche) {
        Map<String, Object> m = new HashMap<>();
        if (id != null) {
            m.put("id", Long.valueOf(id));
        }
        m.put("title", title);
        m.put("dueDate", due.toString());
        m.put("evidenceExpected", "A short report with photographs");
        m.put("trancheAmount", new BigDecimal(tranche));
        return m;
    }
}
