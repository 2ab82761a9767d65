package org.partnerflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.Csv;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public 360Giving file: a 404 problem while nothing is published; once programmes publish, every accepted
 * grant in one package valid against the official schema, with the licence, the installation's publisher, data
 * source, last modified and disbursements, ids under the funder's prefix that stay the same; the same grants as CSV.
 */
@DemoAppTest
class PublicOpenDataTest {

    static final String OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void publishedProgrammesMakeOneValidPackageWhoseIdsStayTheSame() throws Exception {
        Api manager = Api.demo(port, "manager");
        try {
            assertNothingPublished();
            Map<Long, String> published = OpenDataSupport.publishEveryProgrammeWithGrants(manager);

            HttpResponse<String> file = get("/open-data/360giving.json", "text/html");
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            JsonNode pack = JSON.readTree(file.body());
            assertThat(ThreeSixtyGivingSchema.problems(pack)).isEmpty();
            assertThat(pack.get("license").asText()).isEqualTo(OGL);
            assertThat(pack.at("/publisher/name").asText()).isEqualTo("Partnerflow");
            int grants = 0;
            boolean paid = false;
            for (Map.Entry<Long, String> programme : published.entrySet()) {
                for (JsonNode award : manager.get("/api/v1/awards?size=200&programmeId=" + programme.getKey()).json()) {
                    if (List.of("ACTIVE", "SUSPENDED", "CLOSED", "TERMINATED").contains(award.get("status").asText())) {
                        String id = programme.getValue() + "-" + award.get("id").asText();
                        assertThat(OpenDataSupport.ids(pack)).as("grant id from the prefix and award number").contains(id);
                        grants++;
                    }
                }
            }
            assertThat(pack.get("grants")).hasSize(grants);
            for (JsonNode grant : pack.get("grants")) {
                assertThat(grant.get("dataSource").asText()).isEqualTo("http://localhost:" + port + "/open-data/360giving.json");
                assertThat(grant.get("dateModified").asText()).isNotBlank();
                paid |= grant.path("disbursementTransaction").size() > 0;
            }
            assertThat(paid).as("Gwent's released tranche is a disbursement").isTrue();

            HttpResponse<String> csv = get("/open-data/360giving.csv", "application/json");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            List<List<String>> rows = Csv.parse(csv.body());
            assertThat(rows.get(0)).containsExactlyElementsOf(GrantCsv.COLUMNS);
            assertThat(rows.stream().skip(1).map(r -> r.get(0)).toList())
                    .containsExactlyElementsOf(OpenDataSupport.ids(pack));

            long first = published.keySet().iterator().next();
            Api.Response moved = OpenDataSupport.publish(manager, first, true, "360G-another");
            assertThat(moved.status()).isEqualTo(400);
            assertThat(moved.body()).contains("openData.grantIdPrefix", "must stay the same");

            OpenDataSupport.unpublishAll(manager);
            assertNothingPublished();
            published.forEach((id, prefix) -> OpenDataSupport.publish(manager, id, true, null));
            assertThat(OpenDataSupport.ids(JSON.readTree(get("/open-data/360giving.json", "*/*").body())))
                    .as("published again, the same ids").containsExactlyElementsOf(OpenDataSupport.ids(pack));
            JsonNode audit = manager.get("/api/v1/programmes/" + first + "/audit").json();
            assertThat(audit.toString()).contains("openData.publish", "openData.grantIdPrefix");
        } finally {
            OpenDataSupport.unpublishAll(manager);
        }
    }

    @Test
    void aProgrammePublishesOnlyWithAPrefixOfTheRightShape() {
        Api manager = Api.demo(port, "manager");
        JsonNode unpublished = null;
        for (JsonNode programme : manager.get("/api/v1/programmes").json()) {
            if (programme.at("/openData/grantIdPrefix").isNull() || programme.at("/openData/grantIdPrefix").isMissingNode()) {
                unpublished = programme;
            }
        }
        assertThat(unpublished).as("a demo programme without a prefix").isNotNull();
        long id = unpublished.get("id").asLong();
        Api.Response noPrefix = OpenDataSupport.publish(manager, id, true, null);
        assertThat(noPrefix.status()).isEqualTo(400);
        assertThat(noPrefix.body()).contains("openData.grantIdPrefix", "required to publish");
        Api.Response badPrefix = OpenDataSupport.publish(manager, id, false, "my prefix");
        assertThat(badPrefix.status()).isEqualTo(400);
        assertThat(badPrefix.body()).contains("openData.grantIdPrefix");
        assertThat(manager.get("/api/v1/programmes/" + id).json().at("/openData/publish").asBoolean()).isFalse();
        Api.Response funder = Api.demo(port, "funder").patch("/api/v1/programmes/" + id,
                Map.of("version", unpublished.get("version").asLong(), "openData", Map.of("publish", true)));
        assertThat(funder.status()).isEqualTo(403);
    }

    @Test
    void theQualityReportListsEveryCheckAndTheDemoPassesTheCriticalOnes() {
        Api funder = Api.demo(port, "funder");
        for (JsonNode programme : funder.get("/api/v1/programmes").json()) {
            JsonNode report = funder.get("/api/v1/export/360giving/quality?programmeId=" + programme.get("id").asText()).json();
            assertThat(report.get("checks")).hasSize(QualityCheck.values().length);
            for (JsonNode check : report.get("checks")) {
                assertThat(check.get("severity").asText()).isIn("CRITICAL", "USEFULNESS");
                assertThat(check.get("examples").size()).isLessThanOrEqualTo(Math.min(3, check.get("count").asInt()));
                if (check.get("severity").asText().equals("CRITICAL")) {
                    assertThat(check.get("count").asInt()).as(programme.get("code").asText() + " "
                            + check.get("name").asText() + " " + check.get("examples")).isZero();
                }
            }
        }
        for (JsonNode programme : funder.get("/api/v1/programmes").json()) {
            for (JsonNode grant : funder.get("/api/v1/export/360giving.json?programmeId=" + programme.get("id").asText())
                    .json().get("grants")) {
                assertThat(grant.get("awardDate").asText()).as("the demo decides an award before it starts: "
                        + grant.get("id").asText()).isLessThanOrEqualTo(grant.at("/plannedDates/0/startDate").asText());
            }
        }
        assertThat(Api.demo(port, "partner.coventry").get("/api/v1/export/360giving/quality?programmeId=1").status())
                .isEqualTo(403);
        assertThat(funder.get("/api/v1/export/360giving/quality").status()).isEqualTo(400);
    }

    @Test
    void theProgrammeExportOpensWithAPageSessionAsWellAsHttpBasic() throws Exception {
        long programme = Api.demo(port, "funder").get("/api/v1/programmes").json().get(0).get("id").asLong();
        HttpClient funder = OpenDataSupport.signedIn(port, "funder");
        for (String file : List.of("360giving.json", "360giving.csv")) {
            HttpResponse<String> answer = funder.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/export/" + file + "?programmeId=" + programme)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
        }
        HttpClient partner = OpenDataSupport.signedIn(port, "partner.coventry");
        assertThat(partner.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/export/360giving.json?programmeId=" + programme)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/v1/export/360giving.csv?programmeId=" + programme).status()).isEqualTo(401);
        // A session cookie opens the files, not the rest of the API, which stays HTTP Basic.
        assertThat(funder.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private void assertNothingPublished() throws Exception {
        for (String path : List.of("/open-data/360giving.json", "/open-data/360giving.csv")) {
            HttpResponse<String> missing = get(path, "text/html");
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(missing.body());
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("detail").asText()).contains("published");
        }
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
