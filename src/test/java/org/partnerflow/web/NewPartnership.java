package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnerflow.support.Api;

/**
 * A programme, a partnership and its partner user of the test's own, made through the API as a manager and an
 * admin would: a journey that starts from them does not depend on the demo data's awards or budget.
 */
record NewPartnership(long programmeId, long partnershipId, String name, String username, String password) {

    static NewPartnership create(int port) {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        Api manager = Api.demo(port, "manager");
        Api.Response programme = manager.post("/api/v1/programmes", Map.of(
                "code", "JRN-" + tag, "title", "Journey programme " + tag,
                "funder", Map.of("name", "Journey Funder " + tag, "type", "FUNDER", "orgId", "360G-JRN" + tag),
                "totalBudget", 2000000.00, "awardCap", 450000.00, "maxDurationMonths", 36,
                "learningReviewCadenceMonths", 6, "requiredMemberTypes", List.of("NHS_BODY", "LOCAL_AUTHORITY", "VCSE")));
        assertThat(programme.status()).as(programme.toString()).isEqualTo(201);
        return create(port, programme.json().get("id").asLong(), tag);
    }

    /** Another partnership and partner user in an existing programme, for tests that share one budget. */
    static NewPartnership inProgramme(int port, long programmeId) {
        return create(port, programmeId, UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase());
    }

    private static NewPartnership create(int port, long programmeId, String tag) {
        Api manager = Api.demo(port, "manager");
        String name = "Journey " + tag + " partnership";
        Map<String, Object> vcse = Map.of("name", "Journey Voluntary Action " + tag, "type", "VCSE", "orgId", "GB-CHC-J" + tag);
        Api.Response partnership = manager.post("/api/v1/partnerships", Map.of(
                "programmeId", programmeId, "name", name, "place", "Journey " + tag,
                "leadOrganisation", vcse,
                "members", List.of(
                        Map.of("organisation", vcse, "role", "Lead partner"),
                        Map.of("organisation", Map.of("name", "Journey Council " + tag, "type", "LOCAL_AUTHORITY",
                                "orgId", "GB-LAE-J" + tag), "role", "Local authority partner"),
                        Map.of("organisation", Map.of("name", "Journey NHS Trust " + tag, "type", "NHS_BODY",
                                "orgId", "GB-NHS-J" + tag), "role", "Health partner")),
                "communityAims", List.of("Residents run activity in their own streets"),
                "systemAims", List.of("Take what residents say back to the health and care system")));
        assertThat(partnership.status()).as(partnership.toString()).isEqualTo(201);
        long partnershipId = partnership.json().get("id").asLong();

        String username = "partner.journey" + tag.toLowerCase();
        String password = "journey-password-" + tag;
        Api.Response user = Api.demo(port, "admin").post("/api/v1/users", Map.of(
                "username", username, "displayName", "Jo Journey", "email", username + "@example.org",
                "password", password, "roles", List.of("PARTNER"), "partnershipIds", List.of(partnershipId)));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        return new NewPartnership(programmeId, partnershipId, name, username, password);
    }

    Api partnerApi(int port) {
        return Api.as(port, username, password);
    }
}
