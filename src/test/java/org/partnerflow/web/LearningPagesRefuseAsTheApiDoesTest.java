package org.partnerflow.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The learning pages answer as the learning API does: the programme's learning is for staff and the learning
 * partner, a partnership's reviews for staff and its own partners (404 for anyone else), and what a partnership
 * writes is shown as text, never as markup.
 */
@DemoAppTest
class LearningPagesRefuseAsTheApiDoesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Partnerships partnerships;

    @Test
    void aPartnershipsLearningIsForStaffAndItsOwnPartners() throws Exception {
        long coventry = partnerships.visibleTo((PartnerflowUser) users.loadUserByUsername("manager"), null).stream()
                .filter(p -> p.place().equals("Coventry")).map(PartnershipView::id).findFirst().orElseThrow();
        mvc.perform(get("/partnerships/" + coventry + "/learning").with(as("partner.croydon")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/partnerships/" + coventry + "/learning").with(as("partner.coventry")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ratings over time")));
        mvc.perform(get("/partnerships/" + coventry + "/learning").with(as("funder"))).andExpect(status().isOk());
        mvc.perform(get("/partnerships/999999/learning").with(as("manager"))).andExpect(status().isNotFound());
    }

    @Test
    void theProgrammesLearningIsForStaffAndTheLearningPartner() throws Exception {
        mvc.perform(get("/learning").with(as("partner.coventry"))).andExpect(status().isForbidden());
        mvc.perform(get("/learning").with(as("learning"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Healthy Communities Together")));
        mvc.perform(get("/").with(as("partner.coventry")))
                .andExpect(content().string(not(containsString("href=\"/learning\""))));
        mvc.perform(get("/").with(as("learning"))).andExpect(content().string(containsString("href=\"/learning\"")));
    }

    @Test
    void whatAPartnershipWritesIsShownAsTextAndALateReviewIsFollowedUp() throws Exception {
        // Started 26 months ago: its first reviews have opened and are overdue by the time the job executor runs.
        ActiveAward award = ActiveAward.behind(port);
        Api partner = award.partnerApi(port);
        String tasks = "/api/v1/tasks?taskDefinitionKey=%s&partnershipId=" + award.partnership().partnershipId();
        ActiveAward.awaitJobs("a review to write", () -> partner.get(tasks.formatted("writeLearningReview")).json().size() > 0);
        String writeTask = partner.get(tasks.formatted("writeLearningReview")).json().get(0).get("id").asText();
        List<Map<String, Object>> ratings = new ArrayList<>();
        for (JsonNode c : partner.get("/api/v1/tasks/" + writeTask).json().at("/data/characteristics")) {
            ratings.add(Map.of("characteristic", c.asText(), "score", 3));
        }
        Api.Response written = partner.post("/api/v1/tasks/" + writeTask + "/complete", Map.of(
                "wentWell", "<script>alert('went well')</script>", "challengesOvercome", "Time.", "results", "More.",
                "whatMadeTheDifference", "People.", "ratings", ratings));
        org.assertj.core.api.Assertions.assertThat(written.status()).as(written.toString()).isEqualTo(204);

        String reflectTask = Api.demo(port, "learning").get(tasks.formatted("addReflections")).json().get(0).get("id").asText();
        mvc.perform(get("/tasks/" + reflectTask).with(as("learning"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;went well&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));

        Api manager = Api.demo(port, "manager");
        ActiveAward.awaitJobs("an overdue review to follow up",
                () -> manager.get(tasks.formatted("followUpOverdueLearningReview")).json().size() > 0);
        String followUp = manager.get(tasks.formatted("followUpOverdueLearningReview")).json().get(0).get("id").asText();
        mvc.perform(get("/tasks/" + followUp).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("days overdue")))
                .andExpect(content().string(containsString("Record the follow-up")));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
