package org.partnerflow.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member of the public's update request through to a new published version, over the REST API on PostgreSQL:
 * anonymous request, triage by a manager, drafting by the partnership, publication; the earlier versions stay as
 * they were.
 */
@PostgresDemoAppTest
class PublicUpdateRequestOnPostgresTest {

    @LocalServerPort
    int port;

    @Test
    void aPublicRequestBecomesVersionThreeAndVersionsOneAndTwoStayAsTheyWere() {
        Api anonymous = Api.anonymous(port);
        Api manager = Api.demo(port, "manager");
        Api partner = Api.demo(port, "partner.greenwich");
        JsonNode listed = anonymous.get("/api/v1/case-studies").json();
        assertThat(listed.findValuesAsText("slug")).contains("greenwich");
        JsonNode v1 = manager.get("/api/v1/case-studies/greenwich/versions/1").json();
        JsonNode v2 = manager.get("/api/v1/case-studies/greenwich/versions/2").json();
        assertThat(anonymous.get("/api/v1/case-studies/greenwich").json().get("version").asInt()).isEqualTo(2);

        String message = "Please mention the library advice sessions " + System.nanoTime();
        Api.Response sent = anonymous.post("/api/v1/case-studies/greenwich/update-requests",
                Map.of("name", "Robin", "email", "robin@example.org", "message", message));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);

        String triage = taskWith(manager, "triageUpdateRequest", message);
        String updateId = manager.get("/api/v1/tasks/" + triage).json().get("businessKey").asText();
        assertThat(manager.post("/api/v1/tasks/" + triage + "/complete",
                Map.of("decision", "ACCEPT", "reply", "Thanks, we will add it.")).status()).isEqualTo(204);

        String draft = taskFor(partner, "draftCaseStudyVersion", updateId);
        Map<String, Object> text = new java.util.LinkedHashMap<>();
        v2.get("sections").fields().forEachRemaining(f -> text.put(f.getKey(), f.getValue().asText()));
        text.put("wentWell", text.get("wentWell") + "\nThe hubs now hold a weekly advice session at the library.");
        Api.Response drafted = partner.post("/api/v1/tasks/" + draft + "/complete", text);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(204);

        String approve = taskFor(manager, "approveCaseStudyVersion", updateId);
        JsonNode changes = manager.get("/api/v1/tasks/" + approve).json().at("/data/caseStudyUpdate/changes/sections");
        assertThat(changes.findValuesAsText("key")).contains("wentWell");
        assertThat(manager.post("/api/v1/tasks/" + approve + "/complete", Map.of("decision", "PUBLISH")).status())
                .isEqualTo(204);

        JsonNode latest = anonymous.get("/api/v1/case-studies/greenwich").json();
        assertThat(latest.get("version").asInt()).isEqualTo(3);
        assertThat(latest.at("/sections/wentWell").asText()).endsWith("weekly advice session at the library.");
        assertThat(latest.has("publishedBy")).isFalse();
        assertThat(manager.get("/api/v1/case-studies/greenwich/versions").json().findValuesAsText("publishedBy"))
                .containsExactly("manager", "manager", "manager");
        assertThat(manager.get("/api/v1/case-studies/greenwich/versions/1").json()).isEqualTo(v1);
        assertThat(manager.get("/api/v1/case-studies/greenwich/versions/2").json()).isEqualTo(v2);
        JsonNode diff = manager.get("/api/v1/case-studies/greenwich/versions/2/diff/3").json();
        assertThat(diff.findValues("changed").stream().filter(JsonNode::asBoolean)).hasSize(1);
    }

    @Test
    void versionsAreForStaffAndThePartnershipOnly() {
        assertThat(Api.anonymous(port).get("/api/v1/case-studies/greenwich/versions").status()).isEqualTo(401);
        assertThat(Api.anonymous(port).get("/api/v1/case-studies/greenwich/versions/1/diff/2").status()).isEqualTo(401);
        assertThat(Api.demo(port, "partner.coventry").get("/api/v1/case-studies/greenwich/versions").status())
                .isEqualTo(403);
        assertThat(Api.demo(port, "partner.greenwich").get("/api/v1/case-studies/greenwich/versions").status())
                .isEqualTo(200);
        assertThat(Api.demo(port, "partner.coventry").post("/api/v1/case-studies/greenwich/updates", "").status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/v1/case-studies/nowhere").status()).isEqualTo(404);
    }

    /** The caller's task of this kind whose context shows the given request message. */
    private static String taskWith(Api api, String key, String message) {
        for (JsonNode task : api.get("/api/v1/tasks?size=200&taskDefinitionKey=" + key).json()) {
            if (task.get("taskDefinitionKey").asText().equals(key)) {
                String id = task.get("id").asText();
                if (api.get("/api/v1/tasks/" + id).json().at("/data/caseStudyUpdate/request/message").asText()
                        .equals(message)) {
                    return id;
                }
            }
        }
        throw new AssertionError("no " + key + " task for " + message);
    }

    private static String taskFor(Api api, String key, String updateId) {
        for (JsonNode task : api.get("/api/v1/tasks?size=200&taskDefinitionKey=" + key).json()) {
            if (task.get("taskDefinitionKey").asText().equals(key) && task.get("businessKey").asText().equals(updateId)) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError("no " + key + " task for update " + updateId);
    }
}
