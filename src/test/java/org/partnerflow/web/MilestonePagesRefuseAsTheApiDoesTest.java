package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The milestone page and the milestone task pages answer as the milestone and task APIs do: another partnership's
 * milestone is not found, only programme managers re-plan, a broken rule re-renders the form with 400 and the
 * errors on the fields that were filled in.
 */
@DemoAppTest
class MilestonePagesRefuseAsTheApiDoesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    ActiveAward award;
    ActiveAward.Milestone first;

    @BeforeEach
    void activeAward() {
        award = ActiveAward.ahead(port);
        first = award.milestone(0);
    }

    @Test
    void aPartnerOfAnotherPartnershipFindsNeitherTheMilestoneNorItsTask() throws Exception {
        mvc.perform(get("/milestones/" + first.id()).with(as("partner.croydon"))).andExpect(status().isNotFound());
        String evidenceTask = award.taskId(award.partnerApi(port), "submitMilestoneEvidence", first.id());
        mvc.perform(get("/tasks/" + evidenceTask).with(as("partner.croydon"))).andExpect(status().isNotFound());

        mvc.perform(get("/milestones/" + first.id()).with(as(award.partnership().username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(first.title())))
                .andExpect(content().string(not(containsString("Re-plan the due date"))));
        mvc.perform(get("/milestones/999999").with(as("manager"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyProgrammeManagersReplanADueDate() throws Exception {
        for (String notAManager : new String[] {"funder", "assessor", award.partnership().username(), "partner.croydon"}) {
            mvc.perform(replan(first.dueDate().plusMonths(1).toString(), "Venue delayed").with(as(notAManager)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/milestones/" + first.id()).with(as("funder")))
                .andExpect(content().string(not(containsString("Re-plan the due date"))));
        assertThat(dueDateOverTheApi()).isEqualTo(first.dueDate().toString());

        mvc.perform(get("/milestones/" + first.id()).with(as("manager")))
                .andExpect(content().string(containsString("Re-plan the due date")));
    }

    @Test
    void aReplanThatBreaksARuleShowsTheFormAgainWithTheErrorOnItsField() throws Exception {
        mvc.perform(replan("", " ").with(as("manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: " + first.title())))
                .andExpect(content().string(containsString("href=\"#dueDate\"")))
                .andExpect(content().string(containsString("Due date must be given")))
                .andExpect(content().string(containsString("Reason must be filled in")));
        mvc.perform(replan("31/12/2027", "Venue delayed").with(as("manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Due date must be a real date")))
                .andExpect(content().string(containsString("value=\"31/12/2027\"")));
        mvc.perform(replan("2099-01-01", "Venue delayed").with(as("manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Due date must fall within the award period")))
                .andExpect(content().string(containsString("aria-describedby=\"dueDate-hint dueDate-error\"")))
                .andExpect(content().string(containsString("Venue delayed")));
        assertThat(dueDateOverTheApi()).isEqualTo(first.dueDate().toString());
    }

    @Test
    void aReplanMovesTheDueDateAndKeepsTheReasonInTheHistory() throws Exception {
        LocalDate later = first.dueDate().plusMonths(1);
        mvc.perform(replan(later.toString(), "Venue delayed").with(as("manager")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/milestones/" + first.id()))
                .andExpect(flash().attribute("replannedTo", later));
        assertThat(dueDateOverTheApi()).isEqualTo(later.toString());
        mvc.perform(get("/milestones/" + first.id()).with(as(award.partnership().username())))
                .andExpect(content().string(containsString("Due date moved from " + BrowserSteps.date(first.dueDate())
                        + " to " + BrowserSteps.date(later))))
                .andExpect(content().string(containsString("Venue delayed")));
    }

    @Test
    void evidenceWithABadLinkAndAReviewAskingForChangesWithoutCommentsAreRefusedOnTheirFields() throws Exception {
        String evidenceTask = award.taskId(award.partnerApi(port), "submitMilestoneEvidence", first.id());
        mvc.perform(post("/tasks/" + evidenceTask).with(csrf()).with(as(award.partnership().username()))
                        .param("narrative", "Hubs are open.").param("links[0]", "").param("links[1]", "example.org"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#links-1\"")))
                .andExpect(content().string(containsString("Link 2 must be a web address starting http:// or https://")));
        mvc.perform(post("/tasks/" + evidenceTask).with(csrf()).with(as(award.partnership().username()))
                        .param("narrative", "Hubs are open.").param("links[0]", "https://example.org/hubs"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("done", "Evidence submitted"));

        String reviewTask = award.taskId(Api.demo(port, "manager"), "reviewMilestoneEvidence", first.id());
        mvc.perform(post("/tasks/" + reviewTask).with(csrf()).with(as("manager")).param("decision", "REQUEST_CHANGES"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#comments\"")))
                .andExpect(content().string(containsString("Comments must say what the partnership should change")))
                .andExpect(content().string(containsString("rel=\"noopener noreferrer\"")));
        mvc.perform(get("/tasks/" + reviewTask).with(as("funder"))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder replan(String dueDate, String reason) {
        return post("/milestones/" + first.id() + "/variations").with(csrf())
                .param("dueDate", dueDate).param("reason", reason);
    }

    private String dueDateOverTheApi() {
        return award.partnerApi(port).get("/api/v1/milestones/" + first.id()).json().at("/milestone/dueDate").asText();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
