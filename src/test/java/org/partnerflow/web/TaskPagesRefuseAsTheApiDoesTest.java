package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The task pages answer as the task API does: another partnership's task is not found, a staff member who is
 * not a candidate is refused, a broken rule re-renders the form with 400, a finished task is a conflict.
 */
@DemoAppTest
class TaskPagesRefuseAsTheApiDoesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    NewPartnership partnership;
    String submitTask;

    @BeforeEach
    void startAnAward() {
        partnership = NewPartnership.create(port);
        Api partner = partnership.partnerApi(port);
        assertThat(partner.post("/api/v1/awards", Map.of("partnershipId", partnership.partnershipId())).status())
                .isEqualTo(201);
        submitTask = partner.get("/api/v1/tasks?taskDefinitionKey=submitProposal").json().get(0).get("id").asText();
    }

    @Test
    void aPartnerOfAnotherPartnershipFindsNeitherTheFormNorAWayToCompleteIt() throws Exception {
        mvc.perform(get("/tasks/" + submitTask).with(as("partner.croydon")))
                .andExpect(status().isNotFound());
        mvc.perform(proposal(submitTask, "300000.00").with(as("partner.croydon")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + submitTask + "/claim").with(csrf()).with(as("partner.croydon")))
                .andExpect(status().isNotFound());

        assertThat(partnership.partnerApi(port).get("/api/v1/tasks/" + submitTask).status()).isEqualTo(200);
    }

    @Test
    void staffWhoAreNotCandidatesAreRefused() throws Exception {
        mvc.perform(get("/tasks/" + submitTask).with(as("funder"))).andExpect(status().isForbidden());
    }

    @Test
    void aBrokenRuleShowsTheFormAgainWithTheErrorsAndWhatWasTyped() throws Exception {
        mvc.perform(proposal(submitTask, "50000.00").with(as(partnership.username())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("href=\"#milestones\"")))
                .andExpect(content().string(Matchers.containsString("they add up to £250,000.00")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"milestones-hint milestones-error\"")))
                .andExpect(content().string(Matchers.containsString("<title>Error: Submit proposal")))
                .andExpect(content().string(Matchers.containsString("value=\"Hubs open\"")));
    }

    @Test
    void aCompletedTaskAnswersWithAConflictNotAForm() throws Exception {
        mvc.perform(proposal(submitTask, "100000.00").with(as(partnership.username())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("done", "Proposal submitted"));

        mvc.perform(get("/tasks/" + submitTask).with(as(partnership.username())))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("has already been completed")));
        mvc.perform(proposal(submitTask, "100000.00").with(as(partnership.username())))
                .andExpect(status().isConflict());
    }

    /** A 24-month proposal of £300,000.00 whose third tranche is {@code lastTranche}. */
    private static MockHttpServletRequestBuilder proposal(String taskId, String lastTranche) {
        return post("/tasks/" + taskId).with(csrf())
                .param("summary", "Residents run their own health hubs.")
                .param("amountRequested", "300000.00").param("startDate", "2027-04-01").param("durationMonths", "24")
                .param("budgetByYear[0].year", "1").param("budgetByYear[0].amount", "150000.00")
                .param("budgetByYear[1].year", "2").param("budgetByYear[1].amount", "150,000.00")
                .param("budgetByYear[2].year", "3").param("budgetByYear[2].amount", "")
                .param("milestones[0].title", "Hubs open").param("milestones[0].dueDate", "2027-09-30")
                .param("milestones[0].trancheAmount", "100000.00")
                .param("milestones[1].title", "All hubs open").param("milestones[1].dueDate", "2028-03-31")
                .param("milestones[1].trancheAmount", "100000.00")
                .param("milestones[2].title", "Residents' review").param("milestones[2].dueDate", "2029-03-31")
                .param("milestones[2].trancheAmount", lastTranche)
                .param("milestones[3].title", "").param("milestones[3].dueDate", "");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        UserDetails principal = users.loadUserByUsername(username);
        return user(principal);
    }
}
