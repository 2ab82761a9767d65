package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.partnerflow.support.PlainWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page a demo user can reach by following links from home (and every kind of task they have) reads as plain
 * English: no enum constant (PROPOSED, AWARD_OPENED), no BPMN element id (submitProposal) and no ISO date
 * (2027-03-31) in the text a person sees. The crawl follows the links, so a page added later is checked as soon as
 * something links to it. The mail the demo queued is checked the same way.
 */
@DemoAppTest
class PagesSpeakPlainEnglishTest {

    /** Pages of one shape (ids replaced) visited at most this many times: paging and long lists stay cheap. */
    private static final int PER_SHAPE = 3;
    private static final int MAX_PAGES = 400;
    private static final List<String> NOT_PAGES = List.of("/api/", "/engine-rest", "/camunda", "/actuator", "/v3/",
            "/swagger-ui", "/logout", "/webjars", "/css/", "/js/", "/calendar/", "/open-data/");

    static final PlainWords WORDS = PlainWords.ofThisApplication();

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"manager", "funder", "assessor", "learning", "admin", "partner.coventry",
            "partner.greenwich", "partner.gwent", "partner.leeds", "partner.croydon"})
    void everyPageTheUserReachesShowsNoCodeWords(String username) throws Exception {
        Set<String> start = new LinkedHashSet<>(List.of("/", "/tasks"));
        Set<String> kinds = new java.util.HashSet<>();
        for (JsonNode task : Api.demo(port, username).get("/api/v1/tasks?size=200").json()) {
            if (kinds.add(task.get("taskDefinitionKey").asText())) {
                start.add("/tasks/" + task.get("id").asText()); // each kind of task's form, whatever the list shows
            }
        }
        Map<String, List<String>> problems = crawl(username, start);
        assertThat(problems).as("code words shown to %s", username).isEmpty();
    }

    @Test
    void publicPagesShowNoCodeWords() throws Exception {
        assertThat(crawl(null, List.of("/login", "/case-studies"))).isEmpty();
    }

    @Test
    void theQueuedMailShowsNoCodeWords() {
        List<String> problems = new ArrayList<>();
        jdbc.query("select subject, body_text, body_html from mail_outbox", row -> {
            problems.addAll(WORDS.inText(row.getString("subject")));
            problems.addAll(WORDS.inText(row.getString("body_text")));
            if (row.getString("body_html") != null) {
                problems.addAll(WORDS.inPage(row.getString("body_html")));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsWhatItIsMeantToFind() {
        assertThat(WORDS.constants()).contains("PROPOSED", "UNDER_ASSESSMENT", "APPROVE", "PROGRAMME_MANAGER");
        assertThat(WORDS.elementIds()).contains("submitProposal", "assessProposal", "reviewMilestoneEvidence");
        assertThat(WORDS.inPage("<main><p>Status: <strong>UNDER_ASSESSMENT</strong></p><p>task: none → submitProposal"
                + "</p><p>due 2027-03-31</p><p title='APPROVE by funder'>Approved</p><script>var x='REJECTED';</script>"
                + "<p>NHS body, £450,000.00, 31 March 2027</p></main>"))
                .hasSize(4).anyMatch(p -> p.contains("UNDER_ASSESSMENT")).anyMatch(p -> p.contains("submitProposal"))
                .anyMatch(p -> p.contains("2027-03-31")).anyMatch(p -> p.contains("APPROVE"));
    }

    private Map<String, List<String>> crawl(String username, Iterable<String> start) throws Exception {
        Deque<String> queue = new ArrayDeque<>();
        start.forEach(queue::add);
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> shapes = new HashMap<>();
        Map<String, List<String>> problems = new java.util.TreeMap<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String path = queue.poll();
            MockHttpServletResponse page = open(path, username);
            visited++;
            String type = page.getContentType();
            if (page.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            String html = page.getContentAsString();
            List<String> found = WORDS.inPage(html);
            if (!found.isEmpty()) {
                problems.put(path, found);
            }
            for (var link : Jsoup.parse(html, "http://localhost" + path).select("a[href]")) {
                String next = local(link.absUrl("href"));
                if (next != null && seen.add(next) && shapes.merge(shape(next), 1, Integer::sum) <= PER_SHAPE) {
                    queue.add(next);
                }
            }
        }
        assertThat(visited).as("pages walked").isGreaterThan(2);
        return problems;
    }

    private MockHttpServletResponse open(String path, String username) throws Exception {
        MockHttpServletRequestBuilder request = get(URI.create(path)).accept("text/html");
        if (username != null) {
            request = request.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A link's path and query when it is one of this application's pages, else null. */
    private static String local(String url) {
        if (!url.startsWith("http://localhost/")) {
            return null;
        }
        String path = url.substring("http://localhost".length());
        int hash = path.indexOf('#');
        path = hash < 0 ? path : path.substring(0, hash);
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (NOT_PAGES.stream().anyMatch(bare::startsWith) || bare.matches(".*\\.[a-z]{2,4}$")) {
            return null;
        }
        return path;
    }

    /** A path with its ids and numbers replaced, so /awards/12 and /awards/13 are one shape. */
    private static String shape(String path) {
        return path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{uuid}").replaceAll("\\d+", "{n}")
                .replaceAll("=[^&]*", "=");
    }
}
