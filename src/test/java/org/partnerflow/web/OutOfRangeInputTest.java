package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConversionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a signed-in user (or anyone) can type that the service once answered with a 500 and a stack trace: pages far
 * beyond the int range, a task list of tasks without an award, dates of year 0 or 999999999, paths not in normal
 * form, and an unknown path, method or content type under /api. Each is a 4xx problem (or a page), nothing is
 * logged as an error.
 */
@DemoAppTest
@ExtendWith(OutputCaptureExtension.class)
class OutOfRangeInputTest {

    static final String FAR = "2147483647";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired @Qualifier("mvcConversionService") ConversionService conversions;

    @Test
    void aPageBeyondTheIntRangeIsA400NamingThePage(CapturedOutput log) throws Exception {
        Api manager = Api.demo(port, "manager");
        long award = jdbc.queryForObject("select min(id) from award", Long.class);
        long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
        for (String path : List.of("/api/v1/awards?page=" + FAR + "&size=200", "/api/v1/awards?page=10737418&size=200",
                "/api/v1/partnerships?page=" + FAR + "&size=200", "/api/v1/awards/" + award + "/audit?page=" + FAR
                        + "&size=100", "/api/v1/dashboard/portfolio?programmeId=" + programme + "&page=" + FAR + "&size=200")) {
            assertProblem(manager.get(path), 400, "page");
        }
        assertProblem(Api.demo(port, "admin").get("/api/v1/users?page=" + FAR + "&size=200"), 400, "page");
        Api.Response tasks = manager.get("/api/v1/tasks?page=" + FAR + "&size=200");
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        assertThat(tasks.json()).as("a page far past the end is empty, not the first").isEmpty();

        assertThat(page("manager", "/tasks?page=" + FAR + "&size=200").getStatus()).isEqualTo(200);
        assertThat(page("manager", "/dashboard?programmeId=" + programme + "&page=" + FAR + "&size=200").getStatus())
                .isEqualTo(400);
        assertThat(page("admin", "/admin/users?page=" + FAR).getStatus()).isEqualTo(400);
        assertNoErrorLogged(log);
    }

    @Test
    void theTaskListOfTasksWithoutAnAwardShows(CapturedOutput log) throws Exception {
        MockHttpServletResponse triage = page("manager", "/tasks?type=triageUpdateRequest");
        assertThat(triage.getStatus()).isEqualTo(200);
        assertThat(Api.demo(port, "manager").get("/api/v1/tasks?taskDefinitionKey=triageUpdateRequest").json())
                .as("the demo has a public update request to triage").isNotEmpty();
        assertNoErrorLogged(log);
    }

    @Test
    void aDateOutsideTheYears2000To2100IsRefusedNamingItsField(CapturedOutput log) throws Exception {
        Api manager = Api.demo(port, "manager");
        long partnership = jdbc.queryForObject("select min(id) from partnership", Long.class);
        int indicators = count("indicator");
        for (String date : List.of("+999999999-12-31", "0000-01-01", "1999-12-31", "2101-01-01")) {
            assertProblem(manager.post("/api/v1/partnerships/" + partnership + "/indicators", Map.of("title", "Range",
                    "unit", "PEOPLE", "direction", "INCREASE", "baseline", 1, "baselineDate", date,
                    "targets", List.of(Map.of("periodEnd", "2027-03-31", "value", 2)))), 400, "baselineDate");
            assertProblem(manager.post("/api/v1/partnerships/" + partnership + "/indicators", Map.of("title", "Range",
                    "unit", "PEOPLE", "direction", "INCREASE", "baseline", 1, "baselineDate", "2026-03-31",
                    "targets", List.of(Map.of("periodEnd", date, "value", 2)))), 400, "targets[0].periodEnd");
            assertProblem(manager.post("/api/v1/milestones/" + Long.MAX_VALUE + "/variations",
                    Map.of("reason", "Range", "dueDate", date)), 400, "dueDate");
        }
        assertThat(count("indicator")).isEqualTo(indicators);

        Api partner = Api.demo(port, "partner.plymouth");
        JsonNode open = partner.get("/api/v1/tasks?taskDefinitionKey=submitProposal").json();
        assertThat(open).isNotEmpty();
        String task = open.get(0).get("id").asText();
        assertProblem(partner.post("/api/v1/tasks/" + task + "/complete", Map.of("startDate", "+999999999-12-31")), 400,
                "startDate");
        assertProblem(partner.post("/api/v1/tasks/" + task + "/complete", Map.of("startDate", "2027-04-01",
                "milestones", List.of(Map.of("dueDate", "0000-01-01")))), 400, "milestones[0].dueDate");
        assertThat(partner.get("/api/v1/tasks/" + task).status()).as("the task stays open").isEqualTo(200);

        long milestone = jdbc.queryForObject("select min(id) from milestone", Long.class);
        for (String date : List.of("0000-01-01", "+999999999-12-31")) {
            MockHttpServletResponse form = mvc.perform(post("/milestones/" + milestone + "/variations").with(csrf())
                    .with(user(users.loadUserByUsername("manager"))).param("dueDate", date).param("reason", "Range"))
                    .andReturn().getResponse();
            assertThat(form.getStatus()).isEqualTo(400);
            assertThat(form.getContentAsString(StandardCharsets.UTF_8)).contains("between 1 January 2000 and 31 December 2100");
        }

        assertThat(conversions.convert("2026-03-31", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> conversions.convert("0000-01-01", LocalDate.class))
                .isInstanceOf(ConversionFailedException.class).rootCause().hasMessage("must be between 2000-01-01 and 2100-12-31");
        assertProblem(manager.get("/api/v1/programmes/not-a-number"), 400, "id");
        assertNoErrorLogged(log);
    }

    @Test
    void aPathNotInNormalFormIsA400Problem(CapturedOutput log) throws Exception {
        for (String path : List.of("//engine-rest/engine", "/camunda;x=y/app/cockpit/default/", "/api//v1/programmes",
                "/api/v1;x=y/programmes", "//api/v1/programmes")) {
            HttpResponse<String> response = send(path, "GET", "admin", null);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(response.body()).contains("\"status\":400").doesNotContain("Exception", "at org.");
        }
        assertNoErrorLogged(log);
    }

    @Test
    void anUnknownPathAWrongMethodAndAWrongContentTypeUnderTheApiAreProblems(CapturedOutput log) throws Exception {
        HttpResponse<String> unknown = send("/api/v1/no-such-thing", "GET", "manager", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(unknown.body()).contains("\"status\":404");

        HttpResponse<String> method = send("/api/v1/programmes", "DELETE", "manager", null);
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(method.headers().firstValue("Allow")).get().asString().contains("GET");
        assertThat(send("/api/v1/dashboard/manager", "POST", "manager", "{}").statusCode()).isEqualTo(405);

        HttpResponse<String> type = send("/api/v1/programmes", "POST", "manager", "x");
        assertThat(type.statusCode()).isEqualTo(415);
        assertThat(type.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");

        assertThat(String.valueOf(page("manager", "/no-such-page").getContentType())).as("pages keep their error page")
                .doesNotContain("problem+json");
        assertNoErrorLogged(log);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private HttpResponse<String> send(String path, String method, String username, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "text/plain");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private MockHttpServletResponse page(String username, String path) throws Exception {
        return mvc.perform(get(URI.create(path)).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    }

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "at org.", "SQL");
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString()).contains(field);
    }

    private static void assertNoErrorLogged(CapturedOutput log) {
        assertThat(log.getOut()).doesNotContain("Unexpected error", "threw exception", "RequestRejectedException",
                "NullPointerException", "ArithmeticException", "DateTimeException", "\tat org.");
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
