package org.partnerflow.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.support.DemoAppTest;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public update form (API and page) against abuse: size limits naming the field, the honeypot, the rate limit
 * per client address, and HTML in any field shown as text. Each test sends from its own made-up address.
 */
@DemoAppTest
class PublicUpdateFormAbuseTest {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseStudyUpdates updates;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired Partnerships partnerships;
    @Autowired UserDetailsService users;

    @Test
    void oversizedOrInvalidFieldsAnswer400NamingTheField() throws Exception {
        String address = nextAddress();
        expectFieldError(address, Map.of("name", "n".repeat(101), "email", "a@example.org", "message", "m"), "name");
        expectFieldError(address, Map.of("name", "n", "email", "not-an-address", "message", "m"), "email");
        expectFieldError(address, Map.of("name", "n", "email", "a".repeat(250) + "@example.org", "message", "m"), "email");
        expectFieldError(address, Map.of("name", "n", "email", "a@example.org", "message", "m".repeat(2001)), "message");
    }

    @Test
    void aFilledHoneypotIsAnsweredAsAcceptedButNothingIsStored() throws Exception {
        int before = requestsStored();
        mvc.perform(api(nextAddress(), Map.of("name", "Bot", "email", "bot@example.org", "message", "Cheap pills",
                "website", "http://spam.example"))).andExpect(status().isAccepted());
        assertThat(requestsStored()).isEqualTo(before);
    }

    @Test
    void theSixthRequestFromOneAddressInTenMinutesGets429() throws Exception {
        String address = nextAddress();
        Map<String, String> body = Map.of("name", "Sam", "email", "sam@example.org", "message", "A small fix");
        for (int i = 0; i < 5; i++) {
            mvc.perform(api(address, body)).andExpect(status().isAccepted());
        }
        mvc.perform(api(address, body)).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.title").value("Too many requests"))
                .andExpect(jsonPath("$.status").value(429));
        mvc.perform(api(nextAddress(), body)).andExpect(status().isAccepted()); // another address is not affected
        mvc.perform(page(address, body)).andExpect(status().isTooManyRequests());
    }

    @Test
    void theAnonymousPageFormSendsARequestWithItsCsrfTokenAndIsRefusedWithout() throws Exception {
        int before = requestsStored();
        Map<String, String> body = Map.of("name", "Kim", "email", "kim@example.org", "message", "New phone number");
        mvc.perform(page(nextAddress(), body)).andExpect(status().is3xxRedirection());
        assertThat(requestsStored()).isEqualTo(before + 1);
        mvc.perform(post("/case-studies/greenwich/update-requests").param("name", "Kim")).andExpect(status().isForbidden());
    }

    @Test
    void scriptInEveryFieldOfTheFormComesBackAsText() throws Exception {
        String html = mvc.perform(page(nextAddress(), Map.of("name", SCRIPT, "email", SCRIPT, "message", SCRIPT)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).contains("There is a problem", "Your e-mail address must be a well-formed email address");
    }

    @Test
    void scriptInEverySectionOfAPublishedVersionIsShownAsTextOnThePublicPage() throws Exception {
        PartnershipView leeds = partnerships.visibleTo(user("manager"), null).stream()
                .filter(p -> p.place().equals("Leeds")).findFirst().orElseThrow();
        Draft hostile = new Draft(SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT);
        UpdateView update = updates.startFromLearningReview(leeds.id(), hostile);
        complete(user("partner.leeds"), "draftCaseStudyVersion", update, hostile);
        complete(user("manager"), "approveCaseStudyVersion", update, Map.of("decision", "PUBLISH"));

        String html = mvc.perform(get("/case-studies/" + update.slug())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain(SCRIPT);
        // Eight sections: six in the body, the quote and its attribution.
        assertThat(html.split("&lt;script&gt;alert\\(&#39;x&#39;\\)&lt;/script&gt;", -1)).hasSize(9);
    }

    private void expectFieldError(String address, Map<String, String> body, String field) throws Exception {
        mvc.perform(api(address, body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
        String html = mvc.perform(page(address, body)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"#" + field + "\"");
    }

    private MockHttpServletRequestBuilder api(String address, Map<String, String> body) throws Exception {
        return post("/api/v1/case-studies/greenwich/update-requests").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)).with(r -> { r.setRemoteAddr(address); return r; });
    }

    private MockHttpServletRequestBuilder page(String address, Map<String, String> body) {
        MockHttpServletRequestBuilder request = post("/case-studies/greenwich/update-requests").with(csrf())
                .with(r -> { r.setRemoteAddr(address); return r; });
        body.forEach(request::param);
        return request;
    }

    private void complete(PartnerflowUser user, String key, UpdateView update, Object body) {
        String id = tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> String.valueOf(update.id()).equals(t.businessKey())).findFirst().orElseThrow().id();
        completion.complete(id, json.valueToTree(body), user);
    }

    private PartnerflowUser user(String username) {
        return (PartnerflowUser) users.loadUserByUsername(username);
    }

    private int requestsStored() {
        return jdbc.queryForObject("select count(*) from case_study_update_request", Integer.class);
    }

    private static String nextAddress() {
        return "10.20.30." + ADDRESS.incrementAndGet();
    }
}
