package org.partnerflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what: every Spring MVC route (read from the handler mapping, so a new endpoint without a line in
 * authorisation-matrix.txt fails here), samples of Camunda's REST API and webapps, for anonymous, each staff role, a
 * partner of the object's partnership and a partner of another. Ids are real demo objects (Coventry's award,
 * milestone, review, task and attachment; Greenwich's case study), so a refusal is about who asks, not a missing id.
 * Unsafe requests carry a body that is refused after the access check (or none), so nothing changes; a claim is given
 * back at once. A refusal of another partnership's id must not show that partnership's name or award reference.
 */
@DemoAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    static final List<String> CALLERS = List.of("anon", "admin", "manager", "funder", "assessor", "learning", "own",
            "other");
    static final String OTHER_PARTNER = "partner.croydon";
    static final String TABLE = "/authorisation-matrix.txt";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    HistoryService history;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<String, String> ids = new LinkedHashMap<>();
    final List<String> secrets = new ArrayList<>();

    record Row(String method, String pattern, String sample, List<String> expected) {

        String route() {
            return method + " " + pattern;
        }

        boolean outsideSpringMvc() {
            return pattern.startsWith("/engine-rest") || pattern.startsWith("/camunda");
        }

        boolean api() {
            return pattern.startsWith("/api/") || pattern.startsWith("/engine-rest");
        }
    }

    @BeforeAll
    void findDemoObjects() {
        Api manager = Api.demo(port, "manager");
        JsonNode coventry = null;
        for (JsonNode p : manager.get("/api/v1/partnerships").json()) {
            if (p.get("place").asText().equals("Coventry")) {
                coventry = p;
            }
        }
        assertThat(coventry).as("the demo's Coventry partnership").isNotNull();
        String partnershipId = coventry.get("id").asText();
        ids.put("partnership", partnershipId);
        ids.put("programme", coventry.get("programmeId").asText());
        secrets.add(coventry.get("name").asText());
        JsonNode award = manager.get("/api/v1/awards?partnershipId=" + partnershipId + "&status=ACTIVE").json().get(0);
        ids.put("award", award.get("id").asText());
        secrets.add(award.get("reference").asText());
        JsonNode detail = manager.get("/api/v1/awards/" + award.get("id").asText()).json();
        ids.put("review", manager.get("/api/v1/partnerships/" + partnershipId + "/learning-reviews").json().get(0)
                .get("id").asText());
        ids.put("indicator", manager.get("/api/v1/partnerships/" + partnershipId + "/indicators").json().get(0)
                .get("id").asText());

        Api partner = Api.demo(port, "partner.coventry");
        JsonNode evidence = null;
        for (JsonNode task : partner.get("/api/v1/tasks?taskDefinitionKey=submitMilestoneEvidence&size=100").json()) {
            if (task.get("assignee").isNull() && task.get("partnershipId").asText().equals(partnershipId)) {
                evidence = task;
                break;
            }
        }
        assertThat(evidence).as("an open evidence task of Coventry's").isNotNull();
        ids.put("task", evidence.get("id").asText());
        String milestoneId = evidence.get("businessKey").asText();
        ids.put("milestone", milestoneId);
        assertThat(detail.get("milestones").toString()).contains("\"id\":" + milestoneId);
        Api.Response file = partner.postFile("/api/v1/tasks/" + ids.get("task") + "/attachments", "file",
                "matrix-evidence.txt", "text/plain", "Minutes of the residents' forum".getBytes(StandardCharsets.UTF_8));
        assertThat(file.status()).as(file.toString()).isEqualTo(201);
        ids.put("attachment", file.json().get("id").asText());

        JsonNode published = manager.get("/api/v1/case-studies").json();
        String slug = null;
        for (JsonNode study : published) {
            if (study.get("slug").asText().contains("greenwich")) {
                slug = study.get("slug").asText();
            }
        }
        assertThat(slug).as("the demo's Greenwich case study").isNotNull();
        ids.put("slug", slug);

        String target = "matrix.target." + System.nanoTime() % 100000;
        Api.Response created = Api.demo(port, "admin").post("/api/v1/users", Map.of("username", target,
                "displayName", "Matrix Target", "password", "matrix-target-password", "roles", List.of("FUNDER")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ids.put("username", target);
    }

    @Test
    void everyRouteOfTheAppHasALineInTheMatrix() throws IOException {
        Set<String> inTable = new LinkedHashSet<>();
        table().stream().filter(r -> !r.outsideSpringMvc()).forEach(r -> inTable.add(r.route()));
        Set<String> mapped = routes();
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(inTable);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(mapped);
        assertThat(missing).as("Routes without a line in src/test/resources%s: add one per route, with a sample path "
                + "and the expected answer for %s", TABLE, CALLERS).isEmpty();
        assertThat(stale).as("Lines in %s for routes that no longer exist: remove them", TABLE).isEmpty();
    }

    @Test
    void everyCallerGetsTheAnswerTheMatrixExpects() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, HttpClient> pageSessions = new LinkedHashMap<>();
        for (Row row : table()) {
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String expected = row.expected().get(i);
                if (expected.equals("unsent")) {
                    actual.add("unsent");
                    continue;
                }
                Answer answer = row.outsideSpringMvc() ? overHttp(row, caller, pageSessions) : throughMvc(row, caller);
                actual.add(answer.code());
                if (!matches(expected, answer)) {
                    wrong.add(row.route() + " as " + caller + ": expected " + expected + ", got " + answer);
                }
                if (caller.equals("other") && (answer.status() == 403 || answer.status() == 404)) {
                    secrets.forEach(secret -> {
                        if (answer.body().contains(secret)) {
                            wrong.add(row.route() + " as " + caller + " refused, but showed " + secret);
                        }
                    });
                }
            }
            if (!wrong.isEmpty() && wrong.get(wrong.size() - 1).startsWith(row.route())) {
                wrong.add("    actual line: " + row.method() + " " + row.pattern() + " " + row.sample() + " "
                        + String.join(" ", actual));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFinishedTaskAnswersAsAnOpenOneDoesToThoseWhoCannotSeeIt() throws Exception {
        String partnershipId = ids.get("partnership");
        HistoricTaskInstance proposal = history.createHistoricTaskInstanceQuery().finished()
                .taskDefinitionKey("submitProposal").processVariableValueEquals("partnershipId",
                        Long.valueOf(partnershipId)).list().get(0);
        String path = "/api/v1/tasks/" + proposal.getId();
        assertThat(throughMvc(new Row("GET", path, path, List.of()), "other").status()).isEqualTo(404);
        assertThat(throughMvc(new Row("GET", path, path, List.of()), "funder").status()).isEqualTo(403);
        assertThat(throughMvc(new Row("GET", path, path, List.of()), "own").status()).isEqualTo(409);
        String page = "/tasks/" + proposal.getId();
        assertThat(throughMvc(new Row("GET", page, page, List.of()), "other").status()).isEqualTo(404);
        assertThat(throughMvc(new Row("GET", page, page, List.of()), "own").status()).isEqualTo(409);
    }

    /** What came back, and its short code for the table: the status, or login for a redirect to the sign-in page. */
    record Answer(int status, String location, String body) {

        String code() {
            if (status == 302 && location != null && location.endsWith("/login")) {
                return "login";
            }
            return allowed() ? "ok" : String.valueOf(status);
        }

        boolean allowed() {
            return (status >= 200 && status < 400 && !(location != null && location.endsWith("/login")))
                    || status == 400 || status == 409 || status == 422 || status == 429;
        }

        @Override
        public String toString() {
            return status + (location != null ? " to " + location : "");
        }
    }

    private static boolean matches(String expected, Answer answer) {
        return switch (expected) {
            case "ok" -> answer.allowed();
            case "login" -> answer.code().equals("login");
            default -> String.valueOf(answer.status()).equals(expected);
        };
    }

    private Answer throughMvc(Row row, String caller) throws Exception {
        String path = fill(row.sample());
        MockHttpServletRequestBuilder request;
        if (row.pattern().endsWith("/attachments") && row.method().equals("POST")) {
            // A file type the policy refuses, so an allowed caller gets 400 and nothing is stored.
            request = multipart(path).file(new MockMultipartFile("file", "payload.exe", "application/octet-stream",
                    new byte[] {'M', 'Z', 0, 0}));
        } else {
            request = request(HttpMethod.valueOf(row.method()), path);
            if (!row.method().equals("GET")) {
                String body = body(row);
                if (row.api()) {
                    request.contentType(MediaType.APPLICATION_JSON).content(body);
                }
            }
        }
        request.accept(row.api() ? MediaType.APPLICATION_JSON
                : row.pattern().startsWith("/v3") || row.pattern().startsWith("/swagger") ? MediaType.ALL
                : MediaType.TEXT_HTML);
        if (!row.method().equals("GET")) {
            request.with(csrf());
        }
        if (!caller.equals("anon")) {
            request.with(user(users.loadUserByUsername(username(caller, row))));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        Answer answer = new Answer(response.getStatus(), response.getRedirectedUrl(), response.getContentAsString());
        if (path.endsWith("/claim") && answer.allowed() && answer.status() < 400) {
            // Give the task back, so the matrix changes nothing.
            MockHttpServletRequestBuilder unclaim = request(HttpMethod.POST, path.replaceAll("/claim$", "/unclaim"))
                    .with(csrf()).with(user(users.loadUserByUsername(username(caller, row))));
            assertThat(mvc.perform(unclaim).andReturn().getResponse().getStatus()).isLessThan(400);
        }
        return answer;
    }

    /** Camunda's REST API (HTTP Basic) and webapps (a signed-in page session) are servlets outside Spring MVC. */
    private Answer overHttp(Row row, String caller, Map<String, HttpClient> sessions) throws Exception {
        String path = fill(row.sample());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        HttpClient client;
        if (row.api()) {
            client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            if (!caller.equals("anon")) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username(caller, row) + ":demo").getBytes(StandardCharsets.UTF_8)));
            }
        } else {
            client = sessions.computeIfAbsent(caller, c -> signedIn(c, row));
        }
        if (row.method().equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(row.method(),
                    HttpRequest.BodyPublishers.ofString(body(row)));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                response.body());
    }

    private HttpClient signedIn(String caller, Row row) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        if (caller.equals("anon")) {
            return client;
        }
        try {
            String base = "http://localhost:" + port;
            String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
            String form = "username=" + URLEncoder.encode(username(caller, row), StandardCharsets.UTF_8)
                    + "&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return client;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Bodies refused after the access check; a few routes need one that passes validation to reach it. */
    private String body(Row row) {
        return switch (row.route()) {
            case "POST /api/v1/awards" -> "{\"partnershipId\": " + ids.get("partnership") + "}";
            case "POST /api/v1/awards/{id}/spend-returns" -> "{\"year\": 10, \"amountSpent\": 0}";
            case "POST /engine-rest/task/{id}/complete" -> "this is not JSON";
            case "PUT /api/v1/tasks/{id}/draft" -> "[]"; // a draft must be an object: refused after the access check
            // a change after the award is active needs a reason: without one it is refused after the access check
            case "PUT /api/v1/partnerships/{id}/indicators/{indicatorId}" -> "{\"title\": \"\"}";
            default -> "{}";
        };
    }

    private String username(String caller, Row row) {
        return switch (caller) {
            case "own" -> row.sample().contains(":slug") ? "partner.greenwich" : "partner.coventry";
            case "other" -> OTHER_PARTNER;
            default -> caller;
        };
    }

    private String fill(String sample) {
        String path = sample;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(":" + id.getKey(), id.getValue());
        }
        assertThat(path).as("a sample path with an id the test does not know").doesNotContain(":");
        return path;
    }

    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(m -> routes.add(m + " " + pattern));
            }
        }
        return routes;
    }

    static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorisationMatrixTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.split("\\s+");
                assertThat(cells).as("line: %s (method, pattern, sample path, then %s)", line, CALLERS)
                        .hasSize(3 + CALLERS.size());
                rows.add(new Row(cells[0], cells[1], cells[2], List.of(cells).subList(3, cells.length)));
            }
        }
        return rows;
    }
}
