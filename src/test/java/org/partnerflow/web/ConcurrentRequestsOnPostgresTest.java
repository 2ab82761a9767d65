package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.milestone.MilestoneDelivery;
import org.partnerflow.programme.Programme;
import org.partnerflow.support.Api;
import org.partnerflow.support.Race;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Races on a real PostgreSQL, through the REST API as clients would cause them: {@value #THREADS} requests let go
 * at the same instant. Exactly one completion of a task wins and the process moves on once; a tranche is paid
 * once; panels approving at once never commit more than the programme's budget; a correction based on a stale
 * version is refused. Losers get a problem detail, and nothing of theirs is stored.
 */
@PostgresDemoAppTest
class ConcurrentRequestsOnPostgresTest {

    static final int THREADS = 8;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MilestoneDelivery delivery;
    @Autowired jakarta.persistence.EntityManager entityManager;
    @Autowired TransactionTemplate tx;

    @Test
    void parallelCompletionsOfOneTaskHaveExactlyOneWinnerAndTheProcessMovesOnOnce() throws Exception {
        oneWinnerAmongParallelCompletions(port, jdbc);
    }

    /** Also run on H2 (ParallelCompletionOnH2Test): the task row's lock must work on both databases. */
    static void oneWinnerAmongParallelCompletions(int port, JdbcTemplate jdbc) throws Exception {
        NewPartnership p = NewPartnership.create(port);
        Api partner = p.partnerApi(port);
        long awardId = startAward(partner, p);
        String task = taskId(partner, "submitProposal", p);
        String instance = jdbc.queryForObject("select process_instance_id from award where id = ?", String.class, awardId);

        List<Api.Response> responses = Race.atOnce(THREADS, i -> partner.post("/api/v1/tasks/" + task + "/complete",
                proposal("300000.00", LocalDate.of(2027, 4, 1))));

        assertThat(responses).filteredOn(r -> r.status() == 204).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 204).hasSize(THREADS - 1)
                .allSatisfy(r -> assertConflictProblem(r));
        assertThat(count(jdbc, "select count(*) from milestone where award_id = ?", awardId)).isEqualTo(3);
        assertThat(count(jdbc, "select count(*) from payment_tranche where award_id = ?", awardId)).isEqualTo(3);
        assertThat(count(jdbc, "select count(*) from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = 'submitProposal'"
                + " and end_time_ is not null", instance)).isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = 'checkEligibility'",
                instance)).isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from act_hi_op_log where task_id_ = ? and operation_type_ = 'Complete'", task))
                .isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = 'assessProposal'",
                instance)).isEqualTo(1);
        assertThat(partner.get("/api/v1/awards/" + awardId).json().get("amountRequested").decimalValue())
                .isEqualByComparingTo("300000.00");
    }

    @Test
    void parallelReleasesOfOneTranchePayItOnce() throws Exception {
        ActiveAward award = ActiveAward.ahead(port);
        Api partner = award.partnerApi(port);
        Api manager = Api.demo(port, "manager");
        Api funder = Api.demo(port, "funder");
        long first = award.milestone(0).id();
        approveEvidence(award, partner, manager, first);
        award.complete(manager, "proposeTrancheRelease", first, Map.of("amount", ActiveAward.TRANCHE));
        String approval = award.taskId(funder, "approveTrancheRelease", first);

        // Through the API: eight funders' clicks on one approval.
        List<Api.Response> responses = Race.atOnce(THREADS, i -> funder.post("/api/v1/tasks/" + approval + "/complete",
                Map.of("decision", "RELEASE")));
        assertThat(responses).filteredOn(r -> r.status() == 204).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 204).allSatisfy(r -> assertConflictProblem(r));
        assertThat(disbursements(award.id())).isEqualTo(1);
        assertThat(released(partner, award.id())).isEqualByComparingTo(ActiveAward.TRANCHE);

        // Below the API: the release itself called eight times at once for the next tranche.
        long second = award.milestone(1).id();
        approveEvidence(award, partner, manager, second);
        List<Boolean> paid = Race.atOnce(THREADS, i -> {
            try {
                return delivery.release(second, "funder.race" + i);
            } catch (RuntimeException e) {
                return false; // a loser may also see the tranche's unique disbursement; either way it pays nothing
            }
        });
        assertThat(paid).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(disbursements(award.id())).isEqualTo(2);
        assertThat(released(partner, award.id())).isEqualByComparingTo("200000.00");
        assertThat(jdbc.queryForObject("select sum(amount) from disbursement where award_id = ?", BigDecimal.class,
                award.id())).isEqualByComparingTo("200000.00");
    }

    @Test
    void parallelPanelApprovalsNeverCommitMoreThanTheProgrammesBudget() throws Exception {
        Api manager = Api.demo(port, "manager");
        String code = "RACE-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        Api.Response created = manager.post("/api/v1/programmes", Map.of("code", code, "title", "Race programme " + code,
                "funder", Map.of("name", "Race Funder " + code, "type", "FUNDER", "orgId", "360G-" + code),
                "totalBudget", 700000.00, "awardCap", 450000.00, "maxDurationMonths", 36,
                "learningReviewCadenceMonths", 6, "requiredMemberTypes", List.of("NHS_BODY", "LOCAL_AUTHORITY", "VCSE")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long programmeId = created.json().get("id").asLong();
        Api assessor = Api.demo(port, "assessor");
        Api funder = Api.demo(port, "funder");
        int panels = 4; // 4 x £300,000 against £700,000: two fit, two cannot
        List<String> decisions = new ArrayList<>();
        List<Long> awardIds = new ArrayList<>();
        for (int i = 0; i < panels; i++) {
            NewPartnership p = NewPartnership.inProgramme(port, programmeId);
            Api partner = p.partnerApi(port);
            awardIds.add(startAward(partner, p));
            complete(partner, taskId(partner, "submitProposal", p), proposal("300000.00", LocalDate.of(2027, 4, 1)));
            String assess = taskId(assessor, "assessProposal", p);
            List<Map<String, Object>> scores = new ArrayList<>();
            assessor.get("/api/v1/tasks/" + assess).json().at("/data/criteria")
                    .forEach(c -> scores.add(Map.of("criterion", c.get("name").asText(), "score", 4)));
            complete(assessor, assess, Map.of("scores", scores, "recommendation", "FUND", "noConflictOfInterest", true));
            decisions.add(taskId(funder, "decideAward", p));
        }

        List<Api.Response> responses = Race.atOnce(panels, i -> funder.post("/api/v1/tasks/" + decisions.get(i) + "/complete",
                Map.of("decision", "APPROVE", "amountAwarded", "300000.00")));

        assertThat(responses).filteredOn(r -> r.status() == 204).hasSize(2);
        assertThat(responses).filteredOn(r -> r.status() != 204).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isIn(400, 409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body()).contains("remaining budget");
        });
        Map<String, Object> programme = jdbc.queryForMap("select awarded, total_budget from programme where id = ?",
                programmeId);
        assertThat((BigDecimal) programme.get("awarded")).isEqualByComparingTo("600000.00")
                .isLessThanOrEqualTo((BigDecimal) programme.get("total_budget"));
        assertThat(count("select count(*) from award where programme_id = ? and status = 'OFFERED'", programmeId)).isEqualTo(2);
        assertThat(count("select count(*) from award where programme_id = ? and amount_awarded is not null", programmeId))
                .as("a losing panel's amount is not half-written").isEqualTo(2);
        for (int i = 0; i < panels; i++) {
            if (responses.get(i).status() != 204) {
                assertThat(funder.get("/api/v1/tasks/" + decisions.get(i)).status())
                        .as("the losing panel keeps its task").isEqualTo(200);
            }
        }
        // The database refuses an over-commit even if code were to try it.
        assertThatThrownBy(() -> jdbc.update("update programme set awarded = total_budget + 0.01 where id = ?", programmeId))
                .hasMessageContaining("ck_programme_awarded_within_budget");
    }

    @Test
    void aCorrectionBasedOnAStaleVersionIsRefusedAndOnlyOneOfManyAtOnceWins() throws Exception {
        ActiveAward award = ActiveAward.ahead(port);
        Api partner = award.partnerApi(port);
        String path = "/api/v1/awards/" + award.id() + "/spend-returns";
        JsonNode reported = partner.post(path, Map.of("year", 1, "amountSpent", "120000.00")).json();
        assertThat(reported.get(0).get("version").asLong()).isZero();
        Api.Response corrected = partner.post(path, Map.of("year", 1, "amountSpent", "125000.00", "version", 0));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get(0).get("version").asLong()).isEqualTo(1);

        Api.Response stale = partner.post(path, Map.of("year", 1, "amountSpent", "1.00", "version", 0));
        assertConflictProblem(stale);
        assertThat(stale.json().get("detail").asText()).contains("version 1", "version 0");
        assertThat(partner.get(path).json().get(0).get("amountSpent").decimalValue()).isEqualByComparingTo("125000.00");
        Api.Response noYet = partner.post(path, Map.of("year", 2, "amountSpent", "1.00", "version", 3));
        assertConflictProblem(noYet);
        assertThat(partner.get(path).json()).hasSize(1);

        List<Api.Response> responses = Race.atOnce(THREADS, i -> partner.post(path,
                Map.of("year", 1, "amountSpent", String.valueOf(130000 + i) + ".00", "version", 1)));
        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 200).hasSize(THREADS - 1).allSatisfy(r -> assertConflictProblem(r));
        JsonNode after = partner.get(path).json().get(0);
        assertThat(after.get("version").asLong()).isEqualTo(2);
        String winner = responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow()
                .json().get(0).get("amountSpent").decimalValue().toPlainString();
        assertThat(after.get("amountSpent").decimalValue().toPlainString()).isEqualTo(winner);
    }

    @Test
    void aStaleEntityIsRefusedByItsVersionColumn() {
        long id = jdbc.queryForObject("select min(id) from programme", Long.class);
        Programme seen = tx.execute(s -> entityManager.find(Programme.class, id));
        jdbc.update("update programme set version = version + 1 where id = ?", id); // someone else's change
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> entityManager.merge(seen)))
                .isInstanceOfAny(jakarta.persistence.OptimisticLockException.class,
                        ObjectOptimisticLockingFailureException.class);
    }

    // --- helpers -----------------------------------------------------------------------------------------


    private static void assertConflictProblem(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isNotBlank().doesNotContain("Exception", "SQL");
    }

    private static long startAward(Api partner, NewPartnership p) {
        Api.Response started = partner.post("/api/v1/awards", Map.of("partnershipId", p.partnershipId()));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().get("id").asLong();
    }

    private static void approveEvidence(ActiveAward award, Api partner, Api manager, long milestoneId) {
        award.complete(partner, "submitMilestoneEvidence", milestoneId, Map.of("narrative", "Done",
                "links", List.of("https://example.org/evidence/" + milestoneId)));
        award.complete(manager, "reviewMilestoneEvidence", milestoneId, Map.of("decision", "APPROVE"));
    }

    private static void complete(Api api, String taskId, Object body) {
        Api.Response done = api.post("/api/v1/tasks/" + taskId + "/complete", body);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private static String taskId(Api api, String key, NewPartnership p) {
        JsonNode tasks = api.get("/api/v1/tasks?taskDefinitionKey=" + key + "&partnershipId=" + p.partnershipId()).json();
        assertThat(tasks).as("a " + key + " task for partnership " + p.partnershipId()).isNotEmpty();
        return tasks.get(0).get("id").asText();
    }

    static Map<String, Object> proposal(String amount, LocalDate start) {
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            plan.add(Map.of("title", "Milestone " + i, "dueDate", start.plusMonths(8L * i).minusDays(1).toString(),
                    "evidenceExpected", "Photos and residents' account", "trancheAmount", "100000.00"));
        }
        return Map.of("summary", "Residents run their own hubs.", "communityAims", List.of("Residents lead"),
                "amountRequested", amount, "startDate", start.toString(), "durationMonths", 24,
                "budgetByYear", List.of(Map.of("year", 1, "amount", "150000.00"), Map.of("year", 2, "amount", "150000.00")),
                "milestones", plan);
    }

    private BigDecimal released(Api partner, long awardId) {
        return partner.get("/api/v1/awards/" + awardId).json().get("amountReleased").decimalValue();
    }

    private int disbursements(long awardId) {
        return count("select count(*) from disbursement where award_id = ?", awardId);
    }

    private static int count(JdbcTemplate jdbc, String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
