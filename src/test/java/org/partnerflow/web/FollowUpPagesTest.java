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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The overdue follow-up tasks of milestones, learning reviews and outcome reports share one form: each page shows
 * its own words around the one note field, and what a manager records there is kept with the thing followed up.
 */
@DemoAppTest
class FollowUpPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void aLateMilestoneAndALateReviewAreFollowedUpThroughTheOneForm() throws Exception {
        ActiveAward award = ActiveAward.behind(port); // every due date is behind it: the timers escalate at once
        ActiveAward.Milestone first = award.milestone(0);
        Api manager = Api.demo(port, "manager");
        String tasks = "/api/v1/tasks?taskDefinitionKey=%s&partnershipId=" + award.partnership().partnershipId();
        ActiveAward.awaitJobs("an overdue milestone to follow up", () -> hasTask(manager, tasks,
                "followUpOverdueMilestone", first.id()));
        String milestoneTask = award.taskId(manager, "followUpOverdueMilestone", first.id());

        mvc.perform(get("/tasks/" + milestoneTask).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Follow up the late evidence")))
                .andExpect(content().string(containsString("days overdue")))
                .andExpect(content().string(containsString("re-plan it on its page")))
                .andExpect(content().string(containsString("name=\"note\"")))
                .andExpect(content().string(containsString("Record the follow-up")))
                .andExpect(content().string(not(containsString("th:"))));
        mvc.perform(post("/tasks/" + milestoneTask).with(csrf()).with(as("manager"))
                        .param("note", "Rang the lead partner; evidence by Friday"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "Follow-up recorded"));
        JsonNode followUps = manager.get("/api/v1/milestones/" + first.id()).json().get("followUps");
        assertThat(followUps).hasSize(1);
        assertThat(followUps.get(0).get("note").asText()).isEqualTo("Rang the lead partner; evidence by Friday");
        assertThat(followUps.get(0).get("recordedBy").asText()).isEqualTo("manager");
        mvc.perform(get("/milestones/" + first.id()).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue milestone followed up")))
                .andExpect(content().string(containsString("Rang the lead partner; evidence by Friday")));

        ActiveAward.awaitJobs("an overdue review to follow up",
                () -> manager.get(tasks.formatted("followUpOverdueLearningReview")).json().size() > 0);
        String reviewTask = manager.get(tasks.formatted("followUpOverdueLearningReview")).json().get(0).get("id").asText();
        mvc.perform(get("/tasks/" + reviewTask).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Follow up the late review")))
                .andExpect(content().string(containsString("days overdue")))
                .andExpect(content().string(containsString("keeps it with the review")))
                .andExpect(content().string(containsString("name=\"note\"")))
                .andExpect(content().string(not(containsString("th:"))));
        mvc.perform(post("/tasks/" + reviewTask).with(csrf()).with(as("manager")).param("note", " "))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/tasks/" + reviewTask).with(csrf()).with(as("manager")).param("note", "Agreed a new date"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "Follow-up recorded"));
        assertThat(manager.get("/api/v1/awards/" + award.id() + "/audit").json().findValuesAsText("action"))
                .contains("OVERDUE_FOLLOWED_UP", "REVIEW_FOLLOWED_UP");
    }

    @Test
    void aLateOutcomeReportIsFollowedUpThroughTheOneForm() throws Exception {
        Api manager = Api.demo(port, "manager");
        LocalDate start = LocalDate.now(ActiveAward.UK).minusMonths(26).withDayOfMonth(1);
        ActiveAward award = ActiveAward.behind(port, p -> assertThat(manager.post("/api/v1/partnerships/"
                + p.partnershipId() + "/indicators", Map.of("title", "Residents running hubs", "unit", "PEOPLE",
                "direction", "INCREASE", "baseline", 10, "baselineDate", start.minusDays(1).toString(),
                "targets", List.of(Map.of("periodEnd", start.plusMonths(24).minusDays(1).toString(), "value", 50))))
                .status()).isEqualTo(201));
        long partnershipId = award.partnership().partnershipId();
        String tasks = "/api/v1/tasks?taskDefinitionKey=followUpOverdueOutcomeReport&partnershipId=" + partnershipId;
        ActiveAward.awaitJobs("a late outcome report to follow up", () -> manager.get(tasks).json().size() > 0);
        String reportTask = manager.get(tasks).json().get(0).get("id").asText();

        mvc.perform(get("/tasks/" + reportTask).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Follow up the late report")))
                .andExpect(content().string(containsString("has not been sent")))
                .andExpect(content().string(containsString("What you did and agreed")))
                .andExpect(content().string(containsString("The note is kept with the report")))
                .andExpect(content().string(containsString("name=\"note\"")))
                .andExpect(content().string(not(containsString("th:"))));
        mvc.perform(post("/tasks/" + reportTask).with(csrf()).with(as("manager")).param("note", "Report by Friday"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "Follow-up recorded"));
        JsonNode followUps = manager.get("/api/v1/partnerships/" + partnershipId + "/outcome-reports").json()
                .findValues("followUps").stream().filter(f -> !f.isEmpty()).findFirst().orElseThrow();
        assertThat(followUps).hasSize(1);
        assertThat(followUps.get(0).get("note").asText()).isEqualTo("Report by Friday");
        assertThat(followUps.get(0).get("recordedBy").asText()).isEqualTo("manager");
    }

    private static boolean hasTask(Api api, String tasks, String key, long milestoneId) {
        for (JsonNode task : api.get(tasks.formatted(key)).json()) {
            if (String.valueOf(milestoneId).equals(task.get("businessKey").asText())) {
                return true;
            }
        }
        return false;
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
