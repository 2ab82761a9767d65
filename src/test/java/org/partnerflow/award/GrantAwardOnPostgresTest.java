package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.support.Api;
import org.partnerflow.support.Api.Response;
import org.partnerflow.support.PostgresDemoAppTest;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The award path on a real PostgreSQL: the demo users take Plymouth's award from proposal to ACTIVE through the
 * REST API, with refusals on the way; and two panels approving at once cannot overspend a programme.
 */
@PostgresDemoAppTest
class GrantAwardOnPostgresTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired TransactionTemplate tx;

    @Test
    void theDemoUsersTakeAnAwardFromProposalToActiveThroughTheApi() {
        Api partner = Api.demo(port, "partner.plymouth");
        JsonNode award = partner.get("/api/v1/awards").json().get(0);
        long awardId = award.get("id").asLong();
        assertThat(award.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(award.get("reference").asText()).startsWith("360G-PF-HCT-");
        BigDecimal awardedBefore = awarded("HCT");

        String submit = taskOf(partner, "submitProposal", awardId);
        JsonNode form = partner.get("/api/v1/tasks/" + submit).json();
        assertThat(form.get("taskDefinitionKey").asText()).isEqualTo("submitProposal");
        assertThat(form.at("/data/awardCap").decimalValue()).isEqualByComparingTo("450000.00");

        int milestones = count("milestone");
        Response overCap = partner.post("/api/v1/tasks/" + submit + "/complete", proposal("460000.00"));
        assertProblem(overCap, 400, "amountRequested");
        Map<String, Object> skewed = proposal("300000.00");
        ((List<Map<String, Object>>) skewed.get("milestones")).get(0).put("trancheAmount", 1.00);
        assertProblem(partner.post("/api/v1/tasks/" + submit + "/complete", skewed), 400, "milestones");
        assertThat(count("milestone")).isEqualTo(milestones);
        assertThat(Api.demo(port, "partner.croydon").post("/api/v1/tasks/" + submit + "/complete",
                proposal("300000.00")).status()).isEqualTo(404);

        assertThat(partner.post("/api/v1/tasks/" + submit + "/complete", proposal("300000.00")).status()).isEqualTo(204);
        assertProblem(partner.post("/api/v1/tasks/" + submit + "/complete", proposal("300000.00")), 409, null);

        Api assessor = Api.demo(port, "assessor");
        String assess = taskOf(assessor, "assessProposal", awardId);
        assertThat(assessor.post("/api/v1/tasks/" + assess + "/complete", Map.of("recommendation", "FUND", "noConflictOfInterest", true,
                "scores", scores())).status()).isEqualTo(204);

        Api funder = Api.demo(port, "funder");
        String decide = taskOf(funder, "decideAward", awardId);
        Map<String, Object> approve = Map.of("decision", "APPROVE", "amountAwarded", 300000.00);
        assertThat(Api.demo(port, "manager").post("/api/v1/tasks/" + decide + "/complete", approve).status())
                .isEqualTo(403);
        assertProblem(funder.post("/api/v1/tasks/" + decide + "/complete", Map.of("decision", "APPROVE",
                "amountAwarded", 300000.00, "trancheAmounts", List.of(100000.00, 100000.00))), 400, "trancheAmounts");
        assertThat(awarded("HCT")).isEqualByComparingTo(awardedBefore);
        assertThat(funder.post("/api/v1/tasks/" + decide + "/claim", Map.of()).status()).isEqualTo(204);
        assertThat(Api.demo(port, "admin").get("/engine-rest/task/" + decide).status()).isEqualTo(200);
        assertThat(funder.post("/api/v1/tasks/" + decide + "/complete", approve).status()).isEqualTo(204);
        assertThat(awarded("HCT")).isEqualByComparingTo(awardedBefore.add(new BigDecimal("300000.00")));

        String accept = taskOf(partner, "acceptOffer", awardId);
        assertThat(partner.post("/api/v1/tasks/" + accept + "/complete", Map.of("accept", true)).status()).isEqualTo(204);
        JsonNode active = partner.get("/api/v1/awards/" + awardId).json();
        assertThat(active.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(active.get("amountAwarded").decimalValue()).isEqualByComparingTo("300000.00");
        BigDecimal tranches = BigDecimal.ZERO;
        for (JsonNode t : active.get("tranches")) {
            tranches = tranches.add(t.get("amount").decimalValue());
        }
        assertThat(tranches).isEqualByComparingTo("300000.00");
        assertThat(Api.demo(port, "partner.croydon").get("/api/v1/awards/" + awardId).status()).isEqualTo(404);

        // The audit trail on PostgreSQL: the decision by the funder, the awarded amount from none to £300,000.00.
        JsonNode decided = null;
        for (JsonNode event : partner.get("/api/v1/awards/" + awardId + "/audit?size=200").json().get("items")) {
            if (event.get("action").asText().equals("DECIDED")) {
                decided = event;
            }
        }
        assertThat(decided).as("DECIDED in the audit trail").isNotNull();
        assertThat(decided.get("actor").asText()).isEqualTo("funder");
        assertThat(decided.get("amountBefore").isNull()).isTrue();
        assertThat(decided.get("amountAfter").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(Api.demo(port, "partner.croydon").get("/api/v1/awards/" + awardId + "/audit").status()).isEqualTo(404);
    }

    @Test
    void twoPanelsApprovingAtOnceCannotTakeAProgrammeOverItsBudget() throws Exception {
        AwardFixture fixture = new AwardFixture(programmes, partnerships, tx);
        ProgrammeView programme = fixture.programme("500000.00");
        PartnerflowUser funder = AwardFixture.staff("funder.parallel", Role.FUNDER);
        PartnerflowUser assessor = AwardFixture.staff("assessor.parallel", Role.ASSESSOR);
        List<WorkItem> decisions = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            PartnerflowUser partner = AwardFixture.partner(fixture.partnership(programme.id(), true).id());
            AwardView award = proposals.start(partner.partnershipIds().iterator().next(), partner);
            complete(partner, "submitProposal", award, AwardFixture.proposal("300000.00"));
            complete(assessor, "assessProposal", award, Map.of("recommendation", "FUND", "noConflictOfInterest", true, "scores", scores()));
            decisions.add(task(funder, "decideAward", award));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (WorkItem decision : decisions) {
            Callable<String> approve = () -> {
                start.await();
                try {
                    completion.complete(decision.id(), json.valueToTree(Map.of("decision", "APPROVE",
                            "amountAwarded", 300000.00)), funder);
                    return "approved";
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            };
            outcomes.add(pool.submit(approve));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("approved"::equals).hasSize(1);
        assertThat(results).filteredOn(r -> !r.equals("approved")).singleElement().asString()
                .contains("remaining budget");
        assertThat(programmes.get(programme.id(), funder).awarded()).isEqualByComparingTo("300000.00");
        assertThat(jdbc.queryForObject("select count(*) from award where programme_id = ? and status = 'OFFERED'",
                Integer.class, programme.id())).isEqualTo(1);
        // The refused approval was rolled back with its audit events: one decision and one commitment recorded.
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'BUDGET_COMMITTED'"
                + " and subject_id = ?", Integer.class, String.valueOf(programme.id()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DECIDED'"
                + " and award_id in (select id from award where programme_id = ?)", Integer.class, programme.id()))
                .isEqualTo(1);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private void complete(PartnerflowUser user, String key, AwardView award, Object body) {
        completion.complete(task(user, key, award).id(), json.valueToTree(body), user);
    }

    private WorkItem task(PartnerflowUser user, String key, AwardView award) {
        return tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId())).findFirst().orElseThrow();
    }

    private static String taskOf(Api api, String key, long awardId) {
        for (JsonNode t : api.get("/api/v1/tasks?taskDefinitionKey=" + key).json()) {
            if (t.get("awardId").asLong() == awardId) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no " + key + " task for award " + awardId);
    }

    private static void assertProblem(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
        }
    }

    private BigDecimal awarded(String code) {
        return jdbc.queryForObject("select awarded from programme where code = ?", BigDecimal.class, code);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static List<Map<String, Object>> scores() {
        return List.of(Map.of("criterion", "Community voice and power", "score", 4),
                Map.of("criterion", "Strength of the partnership", "score", 4),
                Map.of("criterion", "Deliverability of the plan", "score", 3),
                Map.of("criterion", "Value for money", "score", 4),
                Map.of("criterion", "Learning and sharing", "score", 5));
    }

    private Map<String, Object> proposal(String amount) {
        return json.convertValue(AwardFixture.proposal(amount), Map.class);
    }
}
