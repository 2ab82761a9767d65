package org.partnerflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnerflow.support.Api;

/**
 * A proposal of the test's own, waiting for the panel: a programme and a partnership made through the API, a partner
 * user with an e-mail address of its own, the proposal submitted and assessed. {@link #decide} is the funder's step.
 */
record ProposalFixture(int port, long partnershipId, long awardId, String reference, String partnerEmail,
        String partnerUsername, String partnerPassword) {

    static ProposalFixture assessed(int port) {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        Api manager = Api.demo(port, "manager");
        Api.Response programme = manager.post("/api/v1/programmes", Map.of(
                "code", "MAIL-" + tag, "title", "Mail programme " + tag,
                "funder", Map.of("name", "Mail Funder " + tag, "type", "FUNDER", "orgId", "360G-MAIL" + tag),
                "totalBudget", 2000000.00, "awardCap", 450000.00, "maxDurationMonths", 36,
                "learningReviewCadenceMonths", 6, "requiredMemberTypes", List.of("VCSE")));
        assertThat(programme.status()).as(programme.toString()).isEqualTo(201);
        Map<String, Object> vcse = Map.of("name", "Mail Voluntary Action " + tag, "type", "VCSE", "orgId", "GB-CHC-M" + tag);
        Api.Response partnership = manager.post("/api/v1/partnerships", Map.of(
                "programmeId", programme.json().get("id").asLong(), "name", "Mail " + tag + " partnership",
                "place", "Mail " + tag, "leadOrganisation", vcse,
                "members", List.of(Map.of("organisation", vcse, "role", "Lead partner")),
                "communityAims", List.of("Residents run activity in their own streets"),
                "systemAims", List.of("Take what residents say back to the system")));
        assertThat(partnership.status()).as(partnership.toString()).isEqualTo(201);
        long partnershipId = partnership.json().get("id").asLong();
        String username = "partner.mail" + tag.toLowerCase();
        String email = username + "@example.org";
        String password = "mail-password-" + tag;
        Api.Response user = Api.demo(port, "admin").post("/api/v1/users", Map.of("username", username,
                "displayName", "Mo Mail", "email", email, "password", password, "roles", List.of("PARTNER"),
                "partnershipIds", List.of(partnershipId)));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);

        Api partner = Api.as(port, username, password);
        Api.Response started = partner.post("/api/v1/awards", Map.of("partnershipId", partnershipId));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long awardId = started.json().get("id").asLong();
        LocalDate start = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(2).withDayOfMonth(1);
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            plan.add(Map.of("title", "Milestone " + i, "dueDate", start.plusMonths(6L * i).minusDays(1).toString(),
                    "evidenceExpected", "Photos and attendance", "trancheAmount", "100000.00"));
        }
        ProposalFixture fixture = new ProposalFixture(port, partnershipId, awardId,
                started.json().get("reference").asText(), email, username, password);
        fixture.complete(partner, "submitProposal", Map.of("summary", "Residents run their own hubs.",
                "communityAims", List.of("Residents run activity in their own streets"),
                "amountRequested", "300000.00", "startDate", start.toString(), "durationMonths", 24,
                "budgetByYear", List.of(Map.of("year", 1, "amount", "150000.00"), Map.of("year", 2, "amount", "150000.00")),
                "milestones", plan));
        Api assessor = Api.demo(port, "assessor");
        List<Map<String, Object>> scores = new ArrayList<>();
        for (JsonNode criterion : assessor.get("/api/v1/tasks/" + fixture.taskId(assessor, "assessProposal"))
                .json().at("/data/criteria")) {
            scores.add(Map.of("criterion", criterion.get("name").asText(), "score", 4, "comment", "Clear."));
        }
        fixture.complete(assessor, "assessProposal", Map.of("scores", scores, "recommendation", "FUND", "noConflictOfInterest", true));
        return fixture;
    }

    /** The funder's decision through the task API. */
    void decide(Map<String, Object> decision) {
        complete(Api.demo(port, "funder"), "decideAward", decision);
    }

    String status() {
        return Api.demo(port, "manager").get("/api/v1/awards/" + awardId).json().get("status").asText();
    }

    void complete(Api api, String key, Object body) {
        Api.Response done = api.post("/api/v1/tasks/" + taskId(api, key) + "/complete", body);
        assertThat(done.status()).as(key + ": " + done).isEqualTo(204);
    }

    private String taskId(Api api, String key) {
        for (JsonNode task : api.get("/api/v1/tasks?taskDefinitionKey=" + key + "&partnershipId=" + partnershipId).json()) {
            return task.get("id").asText();
        }
        throw new AssertionError("no " + key + " task for partnership " + partnershipId);
    }
}
