package org.partnerflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin changes a user through PATCH /api/v1/users/{username}: the change applies from the user's next request
 * over HTTP Basic (a remembered sign-in included), a user switched off gets 401 and their claimed tasks go back to
 * the group, bad input is refused whole, a stale version and the last active admin get 409.
 */
@DemoAppTest
class UserEditsTest {

    private static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChangeOfRolesPartnershipsOrStatusAppliesFromTheNextHttpBasicRequest() {
        String username = newUser("ASSESSOR");
        Api user = Api.as(port, username, PASSWORD);
        // Twice, so that the second sign-in is the remembered one the change must not outlive.
        assertThat(roles(user.get("/api/v1/me").json())).containsExactly("ASSESSOR");
        assertThat(roles(user.get("/api/v1/me").json())).containsExactly("ASSESSOR");

        Api.Response changed = admin().patch("/api/v1/users/" + username,
                Map.of("displayName", "Renamed Person", "roles", List.of("FUNDER"), "email", "renamed@example.org"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("displayName").asText()).isEqualTo("Renamed Person");
        JsonNode me = user.get("/api/v1/me").json();
        assertThat(roles(me)).containsExactly("FUNDER");
        assertThat(me.get("displayName").asText()).isEqualTo("Renamed Person");

        String croydon = partnershipId("Croydon");
        long before = changed.json().get("version").asLong();
        Api.Response joined = admin().patch("/api/v1/users/" + username, Map.of("roles", List.of("PARTNER"),
                "partnershipIds", List.of(Long.valueOf(croydon))));
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().get("version").asLong()).as("roles and memberships alone move the version on")
                .isGreaterThan(before);
        assertThat(user.get("/api/v1/me").json().get("partnershipIds").get(0).asText()).isEqualTo(croydon);

        assertThat(admin().patch("/api/v1/users/" + username, Map.of("active", false)).json().get("active")
                .asBoolean()).isFalse();
        assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(user.get("/api/v1/me").status()).isEqualTo(401);

        assertThat(admin().patch("/api/v1/users/" + username, Map.of("active", true)).status()).isEqualTo(200);
        assertThat(user.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(admin().post("/api/v1/users/" + username + "/password", Map.of("password",
                "another-long-password")).status()).isEqualTo(204);
        assertThat(user.get("/api/v1/me").status()).as("the old password, remembered before the reset")
                .isEqualTo(401);

        List<Map<String, Object>> audit = jdbc.queryForList("select action, actor, details from audit_event"
                + " where subject_type = 'USER' and subject_id = ? order by id", username);
        assertThat(audit).extracting(row -> row.get("action")).containsSequence("USER_CHANGED", "USER_CHANGED",
                "USER_DEACTIVATED", "USER_REACTIVATED");
        assertThat(audit.get(1).get("actor")).isEqualTo("admin");
        assertThat(String.valueOf(audit.get(1).get("details"))).contains("Renamed Person").contains("ASSESSOR")
                .contains("FUNDER");
    }

    @Test
    void switchingAUserOffGivesTheirClaimedTasksBackToTheGroupAndKeepsTheLedger() {
        String username = newUser("PROGRAMME_MANAGER");
        Api user = Api.as(port, username, PASSWORD);
        JsonNode tasks = user.get("/api/v1/tasks?size=200").json();
        JsonNode task = null;
        for (JsonNode each : tasks) {
            if (assignee(each) == null && each.get("candidateGroups").toString().contains("programme-managers")) {
                task = each;
                break;
            }
        }
        assertThat(task).as("an open task for programme managers in the demo data").isNotNull();
        String id = task.get("id").asText();
        List<String> ledger = ledgerOf(id);
        assertThat(user.post("/api/v1/tasks/" + id + "/claim", "").status()).isEqualTo(204);
        assertThat(assignee(Api.demo(port, "manager").get("/api/v1/tasks/" + id).json())).isEqualTo(username);

        assertThat(admin().patch("/api/v1/users/" + username, Map.of("active", false)).status()).isEqualTo(200);

        assertThat(assignee(Api.demo(port, "manager").get("/api/v1/tasks/" + id).json())).isNull();
        assertThat(ledgerOf(id)).isEqualTo(ledger).contains("programme-managers");
        assertThat(user.get("/api/v1/tasks").status()).isEqualTo(401);
    }

    @Test
    void badInputIsRefusedWholeNamingTheField() {
        String username = newUser("ASSESSOR");
        expectRefused(username, Map.of("displayName", "  ", "roles", List.of("FUNDER")), "displayName");
        expectRefused(username, Map.of("roles", List.of()), "roles");
        expectRefused(username, Map.of("roles", List.of("PARTNER")), "partnershipIds");
        expectRefused(username, Map.of("partnershipIds", List.of(987_654_321L)), "partnershipIds");
        expectRefused(username, Map.of("email", "not-an-address"), "email");
        expectRefused(username, Map.of("version", -1), "version");
        Api.Response unknownRole = admin().patch("/api/v1/users/" + username, "{\"roles\": [\"OWNER\"]}");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.json().get("errors").get(0).get("field").asText()).startsWith("roles");
        expectRefused(username, Map.of("username", "renamed.user"), "username");
        Api.Response notJson = admin().patch("/api/v1/users/" + username, "{\"active\": ");
        assertThat(notJson.status()).isEqualTo(400);

        JsonNode stored = user(username);
        assertThat(stored.get("displayName").asText()).isEqualTo("Edith Able");
        assertThat(roles(stored)).containsExactly("ASSESSOR");

        long version = stored.get("version").asLong();
        assertThat(admin().patch("/api/v1/users/" + username, Map.of("displayName", "Edith B", "version", version))
                .status()).isEqualTo(200);
        Api.Response stale = admin().patch("/api/v1/users/" + username, Map.of("displayName", "Edith C",
                "version", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(user(username).get("displayName").asText()).isEqualTo("Edith B");

        assertThat(admin().patch("/api/v1/users/nobody.at.all", Map.of("active", false)).status()).isEqualTo(404);
        assertThat(Api.demo(port, "manager").patch("/api/v1/users/" + username, Map.of("active", false)).status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port).patch("/api/v1/users/" + username, Map.of("active", false)).status())
                .isEqualTo(401);
    }

    @Test
    void theLastActiveAdminKeepsTheRoleAndTheSignIn() {
        // The demo's admin is the only active one here: every admin this class makes is switched off again.
        Api.Response off = admin().patch("/api/v1/users/admin", Map.of("active", false));
        assertThat(off.status()).isEqualTo(409);
        assertThat(off.json().get("detail").asText()).contains("last active admin");
        assertThat(admin().patch("/api/v1/users/admin", Map.of("roles", List.of("FUNDER"))).status()).isEqualTo(409);
        assertThat(roles(admin().get("/api/v1/me").json())).contains("ADMIN");

        String second = newUser("ADMIN");
        assertThat(admin().patch("/api/v1/users/" + second, Map.of("roles", List.of("ADMIN", "FUNDER")))
                .status()).isEqualTo(200);
        assertThat(admin().patch("/api/v1/users/" + second, Map.of("active", false)).status()).isEqualTo(200);
        assertThat(admin().patch("/api/v1/users/admin", Map.of("active", false)).status()).isEqualTo(409);
    }

    private void expectRefused(String username, Map<String, Object> change, String field) {
        Api.Response refused = admin().patch("/api/v1/users/" + username, change);
        assertThat(refused.status()).as("%s", change).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).as("%s", change).contains(field);
    }

    private String newUser(String role) {
        String username = "edit." + role.toLowerCase().replace('_', '.') + Long.toString(System.nanoTime(), 36);
        assertThat(admin().post("/api/v1/users", Map.of("username", username, "displayName", "Edith Able",
                "password", PASSWORD, "roles", List.of(role))).status()).isEqualTo(201);
        return username;
    }

    private JsonNode user(String username) {
        for (JsonNode each : admin().get("/api/v1/users?size=200").json()) {
            if (each.get("username").asText().equals(username)) {
                return each;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private List<String> ledgerOf(String taskId) {
        return jdbc.queryForList("select group_id from open_group_task where task_id = ? order by group_id",
                String.class, taskId);
    }

    private Api admin() {
        return Api.demo(port, "admin");
    }

    private static String assignee(JsonNode task) {
        JsonNode assignee = task.path("assignee");
        return assignee.isMissingNode() || assignee.isNull() ? null : assignee.asText();
    }

    private static List<String> roles(JsonNode user) {
        List<String> roles = new ArrayList<>();
        user.get("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private String partnershipId(String place) {
        for (var p : Api.demo(port, "manager").get("/api/v1/partnerships").json()) {
            if (p.get("place").asText().equals(place)) {
                return p.get("id").asText();
            }
        }
        throw new AssertionError("no partnership in " + place);
    }
}
