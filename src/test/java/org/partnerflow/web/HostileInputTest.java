package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a careless or hostile client sends: broken JSON, the wrong content type, bodies over the limit, awkward
 * Unicode, NUL characters, path traversal in file names, markup in text and formulas in names. Each is refused
 * with a 4xx problem detail naming the body or the field, or kept exactly and shown safely; a refused request
 * leaves every row count as it was.
 */
@DemoAppTest
class HostileInputTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void malformedJsonAWrongContentTypeAndOversizedBodiesAreRefusedNamingTheBody() {
        Api manager = Api.demo(port, "manager");
        int programmes = count("programme");

        Api.Response broken = manager.post("/api/v1/programmes", "{\"code\": \"BROKEN\", \"title\": ");
        assertProblem(broken, 400, null);
        assertThat(broken.json().get("title").asText()).isEqualTo("Malformed request body");
        assertProblem(manager.post("/api/v1/programmes", "[1, 2, 3]"), 400, null);
        assertProblem(manager.post("/api/v1/programmes", "{\"totalBudget\": \"lots\"}"), 400, "totalBudget");

        Api.Response plain = manager.postRaw("/api/v1/programmes", "text/plain",
                HttpRequest.BodyPublishers.ofString(programme("PLAIN")));
        assertProblem(plain, 415, "body");
        assertThat(plain.json().get("detail").asText()).contains("text/plain", "application/json");
        assertProblem(manager.postRaw("/api/v1/programmes", "application/xml",
                HttpRequest.BodyPublishers.ofString("<programme/>")), 415, "body");
        assertProblem(manager.postRaw("/api/v1/programmes", null, HttpRequest.BodyPublishers.ofString(programme("NONE"))),
                415, "body");

        byte[] huge = ("{\"code\": \"HUGE\", \"title\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(manager.postBytes("/api/v1/programmes", huge), 400, "body");
        Api.Response chunked = manager.postRaw("/api/v1/programmes", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));
        assertProblem(chunked, 400, "body");
        assertThat(chunked.json().get("title").asText()).isEqualTo("Request body too large");

        assertThat(count("programme")).isEqualTo(programmes);
    }

    @Test
    void awkwardUnicodeIsKeptExactlyAndNulIsRefusedNamingTheField() {
        Api manager = Api.demo(port, "manager");
        long programmeId = programmeId(manager);
        String tag = tag();
        String name = "\u202Eevil\u202C \u200B\u200D\uFEFF Hub \uD83D\uDE42\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08 e\u0301 \u05E9\u05DC\u05D5\u05DD";
        Api.Response created = manager.post("/api/v1/partnerships", partnership(programmeId, name, "Z\u00FCrich \uD834\uDD1E", tag,
                "role"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode stored = manager.get("/api/v1/partnerships/" + created.json().get("id").asLong()).json();
        assertThat(stored.get("name").asText()).isEqualTo(name);
        assertThat(stored.get("place").asText()).isEqualTo("Z\u00FCrich \uD834\uDD1E");

        int partnerships = count("partnership");
        int organisations = count("organisation");
        assertProblem(manager.post("/api/v1/partnerships", partnership(programmeId, "Bad\u0000name", "Leeds", tag(), "role")),
                400, "name");
        assertProblem(manager.post("/api/v1/partnerships", partnership(programmeId, "Fine", "Leeds", tag(), "Le\u0000ad")),
                400, "members[0].role");
        assertThat(count("partnership")).isEqualTo(partnerships);
        assertThat(count("organisation")).isEqualTo(organisations);
    }

    @Test
    void markupInEveryTextFieldIsStoredVerbatimAndShownEscaped() throws Exception {
        Api manager = Api.demo(port, "manager");
        long programmeId = programmeId(manager);
        String script = "<script>alert('pf-" + tag() + "')</script>";
        String img = "<img src=x onerror=alert(1)>";
        Map<String, Object> body = new java.util.HashMap<>(partnership(programmeId, script + " Hub", img, tag(),
                "\"><script>alert(2)</script>"));
        body.put("description", "<iframe src=javascript:alert(3)></iframe>");
        body.put("communityAims", List.of("<b onmouseover=alert(4)>aims</b>"));
        body.put("systemAims", List.of("<svg onload=alert(5)>"));
        Api.Response created = manager.post("/api/v1/partnerships", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        JsonNode stored = manager.get("/api/v1/partnerships/" + id).json();
        assertThat(stored.get("name").asText()).isEqualTo(script + " Hub");
        assertThat(stored.get("place").asText()).isEqualTo(img);

        for (String page : List.of("/partnerships/" + id, "/partnerships", "/dashboard?programmeId=" + programmeId,
                "/programmes/" + programmeId)) {
            String html = mvc.perform(get(page).with(user(users.loadUserByUsername("manager")))).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(page).contains("&lt;script&gt;alert(")
                    .doesNotContain(script, img, "<iframe src=javascript", "<b onmouseover", "<svg onload",
                            "\"><script>alert(2)");
        }
    }

    @Test
    void formulasInNamesAreNeutralisedInThePortfolioCsv() throws Exception {
        Api manager = Api.demo(port, "manager");
        long programmeId = programmeId(manager);
        List<String> names = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+SUM(1,2)", "-2+3", "@cmd",
                "-10.50", "=1+2, with a comma");
        for (String name : names) {
            Api.Response created = manager.post("/api/v1/partnerships", partnership(programmeId, name, "Leeds", tag(), "role"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        String csv = mvc.perform(get("/dashboard/portfolio.csv").param("programmeId", String.valueOf(programmeId))
                .with(user(users.loadUserByUsername("manager")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines).hasSize(names.size() + 2); // the header, the programme's own partnership and the six
        for (String line : lines.subList(1, lines.size())) {
            String first = line.startsWith("\"") ? line.substring(1) : line;
            assertThat(first).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@");
        }
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", "\"'+SUM(1,2)\"",
                "'-2+3,", "'@cmd,", "'-10.50,", "\"'=1+2, with a comma\"");
    }

    @Test
    void pathTraversalInFileNamesNeverLeavesTheStoreAndRefusedFilesLeaveNothing() {
        ActiveAward award = ActiveAward.ahead(port);
        Api partner = award.partnerApi(port);
        long milestone = award.milestone(0).id();
        String task = award.taskId(partner, "submitMilestoneEvidence", milestone);
        String path = "/api/v1/tasks/" + task + "/attachments";
        byte[] pdf = "%PDF-1.4 evidence".getBytes(StandardCharsets.UTF_8);
        String unique = "pf-traversal-" + UUID.randomUUID() + ".pdf";
        int before = attachments(milestone);

        for (String refused : List.of("../../etc/passwd", "..\\..\\windows\\system32\\cmd.exe", "/etc/shadow",
                "report\u202Efdp.exe", "..", "../")) {
            assertProblem(partner.postFile(path, "file", refused, "application/pdf", pdf), 400, "file");
        }
        assertThat(attachments(milestone)).isEqualTo(before);

        List<String> stored = new ArrayList<>();
        for (String accepted : List.of("../../../../../../tmp/" + unique, "/tmp/" + unique, "C:\\temp\\" + unique,
                "..\\..\\" + unique)) {
            Api.Response response = partner.postFile(path, "file", accepted, "application/pdf", pdf);
            assertThat(response.status()).as(accepted + ": " + response).isEqualTo(201);
            stored.add(response.json().get("fileName").asText());
        }
        assertThat(stored).allSatisfy(name -> assertThat(name).isEqualTo(unique));
        assertThat(attachments(milestone)).isEqualTo(before + 4);
        assertThat(Path.of("/tmp", unique)).doesNotExist();
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), unique)).doesNotExist();
        assertThat(Files.exists(Path.of(unique))).isFalse();
    }

    @Test
    void aNulInATaskBodyIsRefusedAndTheTaskStaysOpen() {
        ActiveAward award = ActiveAward.ahead(port);
        Api partner = award.partnerApi(port);
        long milestone = award.milestone(0).id();
        String task = award.taskId(partner, "submitMilestoneEvidence", milestone);
        int submissions = jdbc.queryForObject("select count(*) from evidence_submission where milestone_id = ?",
                Integer.class, milestone);
        assertProblem(partner.post("/api/v1/tasks/" + task + "/complete", Map.of("narrative", "Done\u0000",
                "links", List.of("https://example.org/x"))), 400, "narrative");
        assertProblem(partner.post("/api/v1/tasks/" + task + "/complete", Map.of("narrative", "Done",
                "links", List.of("https://example.org/\u0000"))), 400, "links[0]");
        assertThat(partner.get("/api/v1/tasks/" + task).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from evidence_submission where milestone_id = ?", Integer.class,
                milestone)).isEqualTo(submissions);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "at org.", "SQL");
        if (field != null) {
            assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString()).contains(field);
        }
    }

    private int attachments(long milestoneId) {
        return jdbc.queryForObject("select count(*) from evidence_attachment where milestone_id = ?", Integer.class,
                milestoneId);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    /** A programme of the test's own, with one partnership, so its pages and CSV hold only what the test made. */
    private long programmeId(Api manager) {
        return NewPartnership.create(port).programmeId();
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static String programme(String code) {
        return "{\"code\": \"" + code + "\", \"title\": \"T\", \"funder\": {\"name\": \"F\", \"type\": \"FUNDER\", "
                + "\"orgId\": \"360G-" + code + "\"}, \"totalBudget\": 1000.00, \"awardCap\": 100.00, "
                + "\"maxDurationMonths\": 12, \"learningReviewCadenceMonths\": 6, \"requiredMemberTypes\": [\"VCSE\"]}";
    }

    private static Map<String, Object> partnership(long programmeId, String name, String place, String tag, String role) {
        Map<String, Object> vcse = Map.of("name", "Hostile Voluntary Action " + tag, "type", "VCSE", "orgId", "GB-CHC-H" + tag);
        return Map.of("programmeId", programmeId, "name", name, "place", place, "leadOrganisation", vcse,
                "members", List.of(Map.of("organisation", vcse, "role", role),
                        Map.of("organisation", Map.of("name", "Hostile Council " + tag, "type", "LOCAL_AUTHORITY",
                                "orgId", "GB-LAE-H" + tag), "role", "Council"),
                        Map.of("organisation", Map.of("name", "Hostile NHS Trust " + tag, "type", "NHS_BODY",
                                "orgId", "GB-NHS-H" + tag), "role", "Health")),
                "communityAims", List.of("Residents lead"), "systemAims", List.of("Share learning"));
    }
}
