package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 24 items 2 and 3 and issue 26 item 5 through the API: a programme's own weighted criteria, its application
 * rounds (an application only while one is open; the round says how many assessors score it), the weighted score
 * of the assessments, and the panel's ranking of the proposals waiting for a decision.
 */
@DemoAppTest
class CriteriaRoundsAndPanelTest {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @LocalServerPort int port;

    @Test
    void aProgrammeStartsWithTheConfiguredCriteriaAtWeightOneAndReplacesThemWithItsOwn() {
        NewPartnership p = NewPartnership.create(port);
        Api manager = Api.demo(port, "manager");
        String path = "/api/v1/programmes/" + p.programmeId();
        JsonNode programme = manager.get(path).json();
        assertThat(programme.get("criteria")).hasSize(5);
        assertThat(programme.get("criteria").get(0).get("name").asText()).isEqualTo("Community voice and power");
        assertThat(programme.get("criteria").findValues("weight")).allMatch(w -> w.asInt() == 1);
        assertThat(programme.get("rounds")).isEmpty();
        assertThat(programme.get("code").asText()).startsWith("JRN-");

        assertThat(manager.put(path + "/criteria", List.of()).body()).contains("\"field\":\"criteria\"");
        Api.Response heavy = manager.put(path + "/criteria", List.of(Map.of("name", "Reach", "weight", 6),
                Map.of("name", " ", "weight", 2)));
        assertThat(heavy.status()).isEqualTo(400);
        assertThat(heavy.contentType()).contains("application/problem+json");
        assertThat(heavy.body()).contains("criteria[0].weight", "criteria[1].name");
        assertThat(manager.put(path + "/criteria", List.of(Map.of("name", "Reach", "weight", 2, "colour", "red")))
                .status()).isEqualTo(400);
        assertThat(Api.demo(port, "funder").put(path + "/criteria", List.of(Map.of("name", "Reach", "weight", 2)))
                .status()).isEqualTo(403);
        assertThat(manager.get(path).json().get("criteria")).hasSize(5);

        Api.Response saved = manager.put(path + "/criteria", ownCriteria());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode criteria = manager.get(path).json().get("criteria");
        assertThat(criteria).hasSize(2);
        assertThat(criteria.get(0).get("guidance").asText()).isEqualTo("Residents decide, not only advise.");
        assertThat(criteria.get(0).get("weight").asInt()).isEqualTo(3);

        JsonNode change = first(manager.get(path + "/audit").json().get("items"), "CRITERIA_CHANGED");
        assertThat(change.get("actor").asText()).isEqualTo("manager");
        assertThat(change.get("before").get("criteria").asText()).contains("Value for money (weight 1)");
        assertThat(change.get("after").get("criteria").asText())
                .isEqualTo("Residents' power (weight 3); Deliverability (weight 1)");
    }

    @Test
    void withRoundsAnApplicationStartsOnlyWhileOneIsOpenAndItsRoundSaysHowManyAssessorsScoreIt() {
        NewPartnership p = NewPartnership.create(port);
        Api manager = Api.demo(port, "manager");
        Api partner = p.partnerApi(port);
        String rounds = "/api/v1/programmes/" + p.programmeId() + "/rounds";
        LocalDate today = LocalDate.now(UK);

        Api.Response backwards = manager.post(rounds, round("Backwards", today.plusDays(10), today.plusDays(5), 1));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("closesOn");
        assertThat(manager.post(rounds, round("Far", today, LocalDate.of(2101, 1, 1), 1)).body()).contains("closesOn");
        assertThat(manager.post(rounds, round("Crowded", today, today.plusDays(5), 6)).body())
                .contains("assessorsPerProposal");
        assertThat(partner.post(rounds, round("Mine", today, today.plusDays(5), 1)).status()).isEqualTo(403);
        assertThat(manager.get(rounds).json()).isEmpty();

        Api.Response later = manager.post(rounds, round("Round 2", today.plusMonths(2), today.plusMonths(3), 1));
        assertThat(later.status()).as(later.toString()).isEqualTo(201);
        assertThat(later.location()).endsWith(rounds + "/" + later.json().get("id").asLong());
        Api.Response refused = partner.post("/api/v1/awards", Map.of("partnershipId", p.partnershipId()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"round\"", "Round 2");
        assertThat(partner.get("/api/v1/awards?partnershipId=" + p.partnershipId()).json()).isEmpty();

        Api.Response open = manager.post(rounds, round("Round 1", today.minusDays(1), today.plusDays(30), 2));
        assertThat(open.json().get("open").asBoolean()).isTrue();
        assertThat(manager.get(rounds).json().findValuesAsText("title")).containsExactly("Round 1", "Round 2");
        assertThat(first(manager.get("/api/v1/programmes/" + p.programmeId() + "/audit").json().get("items"),
                "ROUND_ADDED").get("after").get("round").asText()).contains("Round 1", "2 assessors");
        manager.put("/api/v1/programmes/" + p.programmeId() + "/criteria", ownCriteria());

        Api.Response started = partner.post("/api/v1/awards", Map.of("partnershipId", p.partnershipId()));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long awardId = started.json().get("id").asLong();
        complete(partner, "submitProposal", p, proposal(today));

        Api assessor = Api.demo(port, "assessor");
        JsonNode form = assessor.get("/api/v1/tasks/" + taskId(assessor, "assessProposal", p)).json();
        assertThat(form.at("/data/criteria/0/name").asText()).isEqualTo("Residents' power");
        assertThat(form.at("/data/criteria/0/guidance").asText()).isEqualTo("Residents decide, not only advise.");
        assertThat(form.at("/data/criteria/0/weight").asInt()).isEqualTo(3);
        complete(assessor, "assessProposal", p, scores(5, 1));
        assertThat(Api.demo(port, "funder").get("/api/v1/tasks?taskDefinitionKey=decideAward&partnershipId="
                + p.partnershipId()).json()).as("the round asks for two assessments").isEmpty();

        Api second = secondAssessor();
        complete(second, "assessProposal", p, scores(3, 3));

        JsonNode award = manager.get("/api/v1/awards/" + awardId).json();
        // (5×3 + 1×1) / 4 = 4.00 and (3×3 + 3×1) / 4 = 3.00; their mean 3.50
        assertThat(award.get("assessments").findValues("weightedScore")).extracting(JsonNode::decimalValue)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("4.00"), new java.math.BigDecimal("3.00"));
        assertThat(award.get("weightedScore").decimalValue()).isEqualByComparingTo("3.50");

        Api funder = Api.demo(port, "funder");
        String panelPath = "/api/v1/programmes/" + p.programmeId() + "/panel";
        JsonNode panel = funder.get(panelPath).json();
        assertThat(panel).hasSize(1);
        JsonNode entry = panel.get(0);
        assertThat(entry.get("awardId").asLong()).isEqualTo(awardId);
        assertThat(entry.get("partnershipName").asText()).isEqualTo(p.name());
        assertThat(entry.get("weightedScore").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(entry.get("assessments").asInt()).isEqualTo(2);
        assertThat(entry.get("amountRequested").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(entry.get("cumulativeRequested").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(entry.get("withinBudget").asBoolean()).isTrue();
        JsonNode power = entry.get("criteria").get(0);
        assertThat(power.get("name").asText()).isEqualTo("Residents' power");
        assertThat(power.get("mean").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(power.get("min").asInt()).isEqualTo(3);
        assertThat(power.get("max").asInt()).isEqualTo(5);
        assertThat(entry.get("taskId").asText()).isEqualTo(taskId(funder, "decideAward", p));
        assertThat(Api.demo(port, "admin").get(panelPath).status()).isEqualTo(403);
        assertThat(partner.get(panelPath).status()).isEqualTo(403);
    }

    @Test
    void thePanelRanksBestFirstWithARunningTotalAgainstTheRemainingBudget() {
        NewPartnership weaker = NewPartnership.create(port);
        NewPartnership stronger = NewPartnership.inProgramme(port, weaker.programmeId());
        NewPartnership third = NewPartnership.inProgramme(port, weaker.programmeId());
        LocalDate today = LocalDate.now(UK);
        Api assessor = Api.demo(port, "assessor");
        int[][] marks = {{2, 2}, {5, 4}, {3, 3}};
        NewPartnership[] all = {weaker, stronger, third};
        for (int i = 0; i < all.length; i++) {
            Api partner = all[i].partnerApi(port);
            assertThat(partner.post("/api/v1/awards", Map.of("partnershipId", all[i].partnershipId())).status())
                    .isEqualTo(201);
            complete(partner, "submitProposal", all[i], proposal(today));
            List<Map<String, Object>> scores = new ArrayList<>();
            for (JsonNode c : assessor.get("/api/v1/tasks/" + taskId(assessor, "assessProposal", all[i])).json()
                    .at("/data/criteria")) {
                scores.add(Map.of("criterion", c.get("name").asText(), "score", marks[i][scores.size() % 2]));
            }
            complete(assessor, "assessProposal", all[i], Map.of("scores", scores, "recommendation", "FUND", "noConflictOfInterest", true));
        }
        // budget £2,000,000.00: cut it so that only the first two fit
        Api manager = Api.demo(port, "manager");
        String path = "/api/v1/programmes/" + weaker.programmeId();
        manager.patch(path, Map.of("version", manager.get(path).json().get("version").asLong(),
                "totalBudget", 700000.00));

        JsonNode panel = Api.demo(port, "manager").get(path + "/panel").json();
        assertThat(panel.findValuesAsText("partnershipName"))
                .containsExactly(stronger.name(), third.name(), weaker.name());
        assertThat(panel.findValues("cumulativeRequested")).extracting(JsonNode::decimalValue)
                .usingElementComparator(java.math.BigDecimal::compareTo).containsExactly(
                        new java.math.BigDecimal("300000.00"), new java.math.BigDecimal("600000.00"),
                        new java.math.BigDecimal("900000.00"));
        assertThat(panel.findValues("withinBudget")).extracting(JsonNode::asBoolean).containsExactly(true, true, false);
    }

    private static List<Map<String, Object>> ownCriteria() {
        return List.of(Map.of("name", "Residents' power", "guidance", "Residents decide, not only advise.", "weight", 3),
                Map.of("name", "Deliverability", "weight", 1));
    }

    private static Map<String, Object> scores(int power, int deliverability) {
        return Map.of("recommendation", "FUND", "noConflictOfInterest", true, "scores", List.of(
                Map.of("criterion", "Residents' power", "score", power, "comment", "Seen in the plan."),
                Map.of("criterion", "Deliverability", "score", deliverability)));
    }

    private static Map<String, Object> round(String title, LocalDate opens, LocalDate closes, int assessors) {
        return Map.of("title", title, "opensOn", opens.toString(), "closesOn", closes.toString(),
                "assessorsPerProposal", assessors);
    }

    private static Map<String, Object> proposal(LocalDate today) {
        LocalDate start = today.plusMonths(2).withDayOfMonth(1);
        return Map.of("summary", "Residents in three neighbourhoods run their own hubs.",
                "communityAims", List.of("Residents run activity in their own streets"),
                "amountRequested", "300000.00", "startDate", start.toString(), "durationMonths", 24,
                "budgetByYear", List.of(Map.of("year", 1, "amount", "150000.00"), Map.of("year", 2, "amount", "150000.00")),
                "milestones", List.of(
                        Map.of("title", "Hubs open", "dueDate", start.plusMonths(6).toString(),
                                "evidenceExpected", "Photos and attendance.", "trancheAmount", "150000.00"),
                        Map.of("title", "Residents' review", "dueDate", start.plusMonths(23).toString(),
                                "evidenceExpected", "The residents' own account.", "trancheAmount", "150000.00")));
    }

    private Api secondAssessor() {
        String username = "assessor.second" + Long.toHexString(System.nanoTime());
        Api.Response created = Api.demo(port, "admin").post("/api/v1/users", Map.of("username", username,
                "displayName", "Sam Second", "email", username + "@example.org", "password", "second-assessor-pw",
                "roles", List.of("ASSESSOR"), "partnershipIds", List.of()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Api.as(port, username, "second-assessor-pw");
    }

    private static void complete(Api api, String key, NewPartnership p, Object body) {
        Api.Response done = api.post("/api/v1/tasks/" + taskId(api, key, p) + "/complete", body);
        assertThat(done.status()).as(key + ": " + done).isEqualTo(204);
    }

    private static String taskId(Api api, String key, NewPartnership p) {
        for (JsonNode task : api.get("/api/v1/tasks?taskDefinitionKey=" + key + "&partnershipId=" + p.partnershipId())
                .json()) {
            return task.get("id").asText();
        }
        throw new AssertionError("no " + key + " task for partnership " + p.partnershipId());
    }

    private static JsonNode first(JsonNode items, String action) {
        for (JsonNode item : items) {
            if (item.get("action").asText().equals(action)) {
                return item;
            }
        }
        throw new AssertionError("no " + action + " in " + items);
    }
}
