package org.partnerflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The private calendar feeds over HTTP on the demo data, read back with ical4j: a partner's feed holds their
 * partnership's deadlines and nobody else's, staff see every active award's, each event links to its page by an
 * absolute address under partnerflow.base-url, and an unknown or reset address is a 404 problem detail.
 */
@DemoAppTest
class CalendarFeedTest {

    static final String BASE_URL = "http://localhost:8080";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPartnersFeedHoldsTheirPartnershipsDeadlinesAndNoneOfAnotherPartnerships() throws Exception {
        JsonNode coventryAward = activeAward("Coventry");
        List<String> coventryMilestones = new ArrayList<>();
        Api.demo(port, "manager").get("/api/v1/awards/" + coventryAward.get("id").asText()).json().get("milestones")
                .forEach(m -> {
                    if (!m.get("status").asText().equals("APPROVED")) {
                        coventryMilestones.add("milestone-" + m.get("id").asText() + "@partnerflow");
                    }
                });
        JsonNode croydonOffer = award("Croydon", "OFFERED");

        List<VEvent> coventry = events(feed(addressOf("partner.coventry"), "text/calendar"));
        List<VEvent> croydon = events(feed(addressOf("partner.croydon"), "*/*"));

        assertThat(uids(coventry)).containsAll(coventryMilestones)
                .anyMatch(uid -> uid.startsWith("learning-review-"))
                .anyMatch(uid -> uid.startsWith("task-"))
                .doesNotContain("offer-" + croydonOffer.get("id").asText() + "@partnerflow");
        assertThat(uids(croydon)).contains("offer-" + croydonOffer.get("id").asText() + "@partnerflow")
                .doesNotContainAnyElementsOf(coventryMilestones)
                .noneMatch(uid -> uid.startsWith("learning-review-") || uid.startsWith("outcome-report-"));
        assertThat(text(croydon)).doesNotContain(coventryAward.get("partnershipName").asText(),
                coventryAward.get("reference").asText());
        for (VEvent event : coventry) {
            String url = value(event, Property.URL);
            assertThat(url).startsWith(BASE_URL + "/");
            assertThat(value(event, Property.DESCRIPTION)).endsWith(url);
            assertThat(value(event, Property.SUMMARY)).isNotBlank();
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow()
                    .getValue()).isEqualTo("DATE");
        }
        String milestone = coventryMilestones.get(0);
        assertThat(coventry).filteredOn(e -> value(e, Property.UID).equals(milestone)).singleElement()
                .satisfies(e -> assertThat(value(e, Property.URL)).isEqualTo(BASE_URL + "/milestones/"
                        + milestone.replaceAll("\\D", "")));
    }

    @Test
    void staffSeeTheDeadlinesOfEveryActiveAwardAndEveryOpenOffer() throws Exception {
        JsonNode croydonOffer = award("Croydon", "OFFERED");
        List<String> uids = uids(events(feed(addressOf("manager"), "text/html")));

        assertThat(uids).contains("offer-" + croydonOffer.get("id").asText() + "@partnerflow");
        Api.demo(port, "manager").get("/api/v1/awards/" + activeAward("Gwent").get("id").asText()).json()
                .get("milestones").forEach(m -> {
                    if (!m.get("status").asText().equals("APPROVED")) {
                        assertThat(uids).contains("milestone-" + m.get("id").asText() + "@partnerflow");
                    }
                });
        assertThat(uids).anyMatch(uid -> uid.startsWith("outcome-report-"));
        assertThat(uids).as("stable UIDs: each deadline once").doesNotHaveDuplicates();
    }

    @Test
    void theSameAddressEachTimeUntilAResetAfterWhichTheOldOneIsNotFound() throws Exception {
        Api learning = Api.demo(port, "learning");
        String first = addressOf("learning");
        assertThat(addressOf("learning")).isEqualTo(first);
        assertThat(feed(first, "text/calendar").statusCode()).isEqualTo(200);

        Api.Response reset = learning.post("/api/v1/me/calendar/reset", java.util.Map.of());
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String second = reset.json().get("url").asText();

        assertThat(second).isNotEqualTo(first).isEqualTo(addressOf("learning"));
        assertNotFoundProblem(feed(first, "text/calendar"));
        assertThat(feed(second, "text/calendar").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownAddressIsANotFoundProblemWhateverIsAccepted() throws Exception {
        for (String accept : List.of("text/calendar", "text/html", "application/json", "*/*")) {
            assertNotFoundProblem(feed(BASE_URL + "/calendar/" + "x".repeat(43) + ".ics", accept));
        }
        assertNotFoundProblem(feed(BASE_URL + "/calendar/short.ics", "text/calendar"));
    }

    @Test
    void theFeedNeedsNoSignInAndStartsNoSession() throws Exception {
        HttpResponse<String> response = feed(addressOf("funder"), "text/calendar");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(Api.anonymous(port).get("/api/v1/me/calendar").status()).isEqualTo(401);
    }

    private void assertNotFoundProblem(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asText()).isEqualTo("Not found");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    private String addressOf(String username) {
        Api.Response response = Api.demo(port, username).get("/api/v1/me/calendar");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        String url = response.json().get("url").asText();
        assertThat(url).matches(BASE_URL.replace(".", "\\.") + "/calendar/[A-Za-z0-9_-]{43}\\.ics");
        return url;
    }

    /** The address's path, asked of this test's server (the address names the configured base URL). */
    private HttpResponse<String> feed(String url, String accept) throws Exception {
        String path = URI.create(url).getRawPath();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<VEvent> events(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        return calendar.getComponents("VEVENT");
    }

    private static List<String> uids(List<VEvent> events) {
        return events.stream().map(e -> value(e, Property.UID)).toList();
    }

    private static String text(List<VEvent> events) {
        return String.join("\n", events.stream().map(e -> value(e, Property.SUMMARY) + " "
                + value(e, Property.DESCRIPTION)).toList());
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }

    private JsonNode activeAward(String place) {
        return award(place, "ACTIVE");
    }

    private JsonNode award(String place, String status) {
        Api manager = Api.demo(port, "manager");
        for (JsonNode p : manager.get("/api/v1/partnerships").json()) {
            if (p.get("place").asText().equals(place)) {
                return manager.get("/api/v1/awards?partnershipId=" + p.get("id").asText() + "&status=" + status)
                        .json().get(0);
            }
        }
        throw new AssertionError("no demo partnership in " + place);
    }
}
