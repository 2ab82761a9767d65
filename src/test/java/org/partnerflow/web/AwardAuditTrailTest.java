package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * Every step of an award is in its audit trail, with who did it and money before and after; a change that is
 * refused leaves nothing behind; the trail is read as the award is (its partners and staff) and shown on its page.
 */
@DemoAppTest
class AwardAuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditTrail auditTrail;

    @Test
    void everyStepOfAnAwardFromProposalToReleaseIsRecordedWithWhoAndTheMoneyBeforeAndAfter() {
        ActiveAward award = ActiveAward.ahead(port);
        Api partner = award.partnerApi(port);
        Api manager = Api.demo(port, "manager");
        Api funder = Api.demo(port, "funder");
        long first = award.milestone(0).id();
        long second = award.milestone(1).id();
        long third = award.milestone(2).id();

        Api.Response varied = manager.post("/api/v1/milestones/" + second + "/variations", Map.of(
                "trancheAmount", "80000.00", "balancingMilestoneId", third, "reason", "Second hub opens smaller"));
        assertThat(varied.status()).as(varied.toString()).isEqualTo(200);
        Api.Response moved = manager.post("/api/v1/milestones/" + second + "/variations", Map.of(
                "dueDate", award.milestone(1).dueDate().plusMonths(1).toString(), "reason", "Venue delayed"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        award.complete(partner, "submitMilestoneEvidence", first, Map.of("narrative", "The first hub is open."));
        award.complete(manager, "reviewMilestoneEvidence", first, Map.of("decision", "APPROVE"));
        award.complete(manager, "proposeTrancheRelease", first, Map.of("amount", ActiveAward.TRANCHE));
        award.complete(funder, "approveTrancheRelease", first, Map.of("decision", "RELEASE"));
        Api.Response spend = partner.post("/api/v1/awards/" + award.id() + "/spend-returns",
                Map.of("year", 1, "amountSpent", "50000.00", "narrative", "Hub fit-out"));
        assertThat(spend.status()).as(spend.toString()).isEqualTo(200);

        List<JsonNode> events = trail(manager, award.id());
        assertThat(events.stream().map(e -> e.get("action").asText()).distinct()).contains(
                "AWARD_OPENED", "PROPOSAL_SUBMITTED", "ELIGIBILITY_CHECKED", "ASSESSED", "DECIDED", "BUDGET_COMMITTED",
                "OFFER_MADE", "OFFER_ACCEPTED", "ACTIVATED", "TASK_COMPLETED", "TRANCHE_AMOUNT_REPLANNED",
                "DUE_DATE_REPLANNED", "EVIDENCE_SUBMITTED", "EVIDENCE_REVIEWED", "MILESTONE_APPROVED",
                "TRANCHE_PROPOSED", "TRANCHE_RELEASE_APPROVED", "TRANCHE_RELEASED", "SPEND_REPORTED");

        JsonNode proposal = only(events, "PROPOSAL_SUBMITTED");
        assertThat(proposal.get("actor").asText()).isEqualTo(award.partnership().username());
        assertThat(proposal.get("amountAfter").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(only(events, "ASSESSED").get("actor").asText()).isEqualTo("assessor");
        JsonNode decided = only(events, "DECIDED");
        assertThat(decided.get("actor").asText()).isEqualTo("funder");
        assertThat(decided.get("moneyField").asText()).isEqualTo("amountAwarded");
        assertThat(decided.get("amountBefore").isNull()).isTrue();
        assertThat(decided.get("amountAfter").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(only(events, "ACTIVATED").at("/changes/status/after").asText()).isEqualTo("ACTIVE");

        JsonNode replannedSecond = tranche(events, "TRANCHE_AMOUNT_REPLANNED", "80000.00");
        assertThat(replannedSecond.get("actor").asText()).isEqualTo("manager");
        assertThat(replannedSecond.get("moneyField").asText()).isEqualTo("trancheAmount");
        assertThat(replannedSecond.get("amountBefore").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(replannedSecond.get("summary").asText()).contains("Second hub opens smaller");
        JsonNode balancing = tranche(events, "TRANCHE_AMOUNT_REPLANNED", "120000.00");
        assertThat(balancing.get("amountBefore").decimalValue()).isEqualByComparingTo("100000.00");
        JsonNode replannedDate = only(events, "DUE_DATE_REPLANNED");
        assertThat(replannedDate.get("subjectId").asText()).isEqualTo(String.valueOf(second));
        assertThat(replannedDate.at("/changes/dueDate/before").asText()).isEqualTo(award.milestone(1).dueDate().toString());
        assertThat(replannedDate.at("/changes/dueDate/after").asText())
                .isEqualTo(award.milestone(1).dueDate().plusMonths(1).toString());

        assertThat(only(events, "EVIDENCE_SUBMITTED").get("actor").asText()).isEqualTo(award.partnership().username());
        assertThat(only(events, "TRANCHE_PROPOSED").get("actor").asText()).isEqualTo("manager");
        JsonNode released = only(events, "TRANCHE_RELEASED");
        assertThat(released.get("actor").asText()).isEqualTo("funder");
        assertThat(released.get("amountBefore").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(released.get("amountAfter").decimalValue()).isEqualByComparingTo("100000.00");
        JsonNode spent = only(events, "SPEND_REPORTED");
        assertThat(spent.get("amountBefore").isNull()).isTrue();
        assertThat(spent.get("amountAfter").decimalValue()).isEqualByComparingTo("50000.00");
        assertThat(only(events, "BUDGET_COMMITTED").get("amountAfter").decimalValue())
                .isEqualByComparingTo(only(events, "BUDGET_COMMITTED").get("amountBefore").decimalValue()
                        .add(new java.math.BigDecimal("300000.00")));

        List<Instant> times = events.stream().map(e -> Instant.parse(e.get("occurredAt").asText())).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aRefusedReplanRecordsNothingAndChangesNothing() {
        ActiveAward award = ActiveAward.ahead(port);
        Api manager = Api.demo(port, "manager");
        long second = award.milestone(1).id();
        int before = trail(manager, award.id()).size();

        // The amount moves first (and is recorded), then the date breaks the award-period rule: all rolls back.
        Api.Response refused = manager.post("/api/v1/milestones/" + second + "/variations", Map.of(
                "trancheAmount", "90000.00", "balancingMilestoneId", award.milestone(2).id(),
                "dueDate", award.milestone(2).dueDate().plusYears(5).toString(), "reason", "Too far"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("dueDate");

        assertThat(trail(manager, award.id())).hasSize(before);
        JsonNode tranches = manager.get("/api/v1/awards/" + award.id()).json().get("tranches");
        assertThat(StreamSupport.stream(tranches.spliterator(), false).map(t -> t.get("amount").decimalValue()))
                .allMatch(a -> a.compareTo(new java.math.BigDecimal(ActiveAward.TRANCHE)) == 0);

        // A re-plan that changes nothing is refused by its rule: nothing recorded either.
        Api.Response nothingToChange = manager.post("/api/v1/milestones/" + second + "/variations",
                Map.of("reason", "Nothing to change"));
        assertThat(nothingToChange.status()).isEqualTo(400);
        assertThat(trail(manager, award.id())).hasSize(before);
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> auditTrail.record(AuditEntry.of(AuditSubject.AWARD, 1, "NOT_RECORDED", "no transaction")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theTrailIsReadAsTheAwardIsAndPagedWithinLimits() {
        ActiveAward award = ActiveAward.ahead(port);
        String path = "/api/v1/awards/" + award.id() + "/audit";

        assertThat(award.partnerApi(port).get(path).status()).isEqualTo(200);
        assertThat(Api.demo(port, "funder").get(path).status()).isEqualTo(200);
        assertThat(Api.demo(port, "partner.croydon").get(path).status()).isEqualTo(404);
        assertThat(Api.demo(port, "partner.croydon").get("/api/v1/awards/" + award.id()).status()).isEqualTo(404);
        assertThat(Api.anonymous(port).get(path).status()).isEqualTo(401);
        assertThat(Api.demo(port, "manager").get("/api/v1/awards/999999/audit").status()).isEqualTo(404);

        JsonNode page = Api.demo(port, "manager").get(path + "?page=1&size=2").json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("totalItems").asLong()).isGreaterThan(4);
        Api.Response tooBig = Api.demo(port, "manager").get(path + "?size=201");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().at("/errors/0/field").asText()).isEqualTo("size");
    }

    @Test
    void theAwardPageShowsTheTrailNewestFirst() throws Exception {
        ActiveAward award = ActiveAward.ahead(port);
        mvc.perform(get("/awards/" + award.id()).with(user(users.loadUserByUsername(award.partnership().username()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"audit-heading\">Audit trail</h2>")))
                .andExpect(content().string(containsString("Every change to this award, newest first")))
                .andExpect(content().string(containsString("data-action=\"DECIDED\"")))
                .andExpect(content().string(containsString("£300,000.00")));
        String html = mvc.perform(get("/awards/" + award.id()).with(user(users.loadUserByUsername("manager"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf("data-action=\"ACTIVATED\"")).isLessThan(html.indexOf("data-action=\"AWARD_OPENED\""));
        String decidedRow = html.substring(html.indexOf("data-action=\"DECIDED\""));
        decidedRow = decidedRow.substring(0, decidedRow.indexOf("</tr>"));
        assertThat(decidedRow).contains(">Frankie Funder<", "Frankie Funder recorded the panel&#39;s decision",
                "Money: Amount awarded", ">none<", ">£300,000.00<");
        // Steps the engine took after someone's completion are Partnerflow's, not the person's who set them off.
        String eligibility = row(html, "ELIGIBILITY_CHECKED");
        assertThat(eligibility).contains(">Partnerflow<", "Partnerflow checked the proposal&#39;s eligibility automatically");
        assertThat(row(html, "ACTIVATED")).contains(">Partnerflow<", "Status: Offered → Active");
        assertThat(row(html, "PROPOSAL_SUBMITTED")).contains("sent the proposal").doesNotContain("Partnerflow");
        assertThat(html).contains("Status: Proposed → Under assessment", "Task: Submit proposal")
                .doesNotContain("submitProposal<", "UNDER_ASSESSMENT<");
    }

    private static String row(String html, String action) {
        String row = html.substring(html.indexOf("data-action=\"" + action + "\""));
        return row.substring(0, row.indexOf("</tr>"));
    }

    private static List<JsonNode> trail(Api api, long awardId) {
        Api.Response response = api.get("/api/v1/awards/" + awardId + "/audit?size=200");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        response.json().get("items").forEach(events::add);
        return events;
    }

    private static JsonNode only(List<JsonNode> events, String action) {
        List<JsonNode> found = events.stream().filter(e -> e.get("action").asText().equals(action)).toList();
        assertThat(found).as(action).hasSize(1);
        return found.get(0);
    }

    private static JsonNode tranche(List<JsonNode> events, String action, String after) {
        return events.stream().filter(e -> e.get("action").asText().equals(action))
                .filter(e -> e.get("amountAfter").decimalValue().compareTo(new java.math.BigDecimal(after)) == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " to " + after));
    }
}
