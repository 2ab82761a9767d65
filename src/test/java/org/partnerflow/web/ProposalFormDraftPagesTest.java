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

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The proposal form without JavaScript: Save as draft, Add another and Remove save the form as the task's draft and
 * open it again (one more empty row, one fewer); dates are typed as day, month and year and read back into ISO dates;
 * a date that is not real is named in the error summary, with the rest of what is wrong, and what was typed stays.
 */
@DemoAppTest
class ProposalFormDraftPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void addAnotherSavesTheDraftAndOpensTheFormWithOneMoreEmptyRow() throws Exception {
        NewPartnership p = NewPartnership.create(port);
        Api partner = p.partnerApi(port);
        String task = TaskDraftsThroughTheApiTest.proposalTask(p, partner);

        mvc.perform(get("/tasks/" + task).with(as(p))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"milestones-0-title\"")))
                .andExpect(content().string(not(containsString("id=\"milestones-1-title\""))))
                .andExpect(content().string(containsString("value=\"add:milestones\"")))
                .andExpect(content().string(not(containsString("value=\"remove:milestones[0]\""))));

        MvcResult added = mvc.perform(form(task, p).param("_draft", "add:milestones")
                        .param("summary", "Residents run their own hubs.")
                        .param("milestones[0].title", "Hubs open")
                        .param("milestones[0].dueDate.day", "30").param("milestones[0].dueDate.month", "9")
                        .param("milestones[0].dueDate.year", "2027"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks/" + task + "#milestones-1"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("Draft saved at ")))
                .andReturn();
        JsonNode draft = partner.get("/api/v1/tasks/" + task).json().at("/data/draft");
        assertThat(draft.at("/milestones/0/dueDate").asText()).isEqualTo("2027-09-30");
        assertThat(draft.at("/summary").asText()).isEqualTo("Residents run their own hubs.");

        // The flash as the redirect's GET gets it (MockMvc's own flash support writes to a session that Spring
        // Session JDBC replaces).
        mvc.perform(get("/tasks/" + task).with(as(p))
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, added.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft saved at ")))
                .andExpect(content().string(containsString("value=\"Hubs open\"")))
                .andExpect(content().string(containsString("id=\"milestones-1-title\"")))
                .andExpect(content().string(not(containsString("id=\"milestones-2-title\""))))
                .andExpect(content().string(containsString("value=\"remove:milestones[1]\"")))
                // the ISO date of the draft is shown in its three boxes, as a person types it
                .andExpect(content().string(containsString("id=\"milestones-0-dueDate\" name=\"milestones[0].dueDate.day\"")))
                .andExpect(content().string(containsString("name=\"milestones[0].dueDate.day\" value=\"30\"")))
                .andExpect(content().string(containsString("name=\"milestones[0].dueDate.month\" value=\"9\"")));

        // Opened later, without the flash: the draft's rows and a note of where the form starts from.
        mvc.perform(get("/tasks/" + task).with(as(p))).andExpect(status().isOk())
                .andExpect(content().string(containsString("This form starts from the draft saved at ")))
                .andExpect(content().string(containsString("by " + p.username())))
                .andExpect(content().string(not(containsString("id=\"milestones-1-title\""))));
    }

    @Test
    void removeSavesTheDraftWithoutThatRow() throws Exception {
        NewPartnership p = NewPartnership.create(port);
        Api partner = p.partnerApi(port);
        String task = TaskDraftsThroughTheApiTest.proposalTask(p, partner);

        mvc.perform(form(task, p).param("_draft", "remove:milestones[0]")
                        .param("milestones[0].title", "Dropped").param("milestones[0].trancheAmount", "£1,000.00")
                        .param("milestones[1].title", "Kept").param("milestones[1].trancheAmount", "£2,000.00")
                        .param("communityAims[0]", "Residents lead").param("communityAims[1]", "Streets are safer"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks/" + task + "#milestones"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("Row removed. Draft saved at ")));
        JsonNode draft = partner.get("/api/v1/tasks/" + task).json().at("/data/draft");
        assertThat(draft.get("milestones").toString()).isEqualTo("[{\"title\":\"Kept\",\"trancheAmount\":\"2000.00\"}]");
        assertThat(draft.get("communityAims")).hasSize(2);

        mvc.perform(form(task, p).param("_draft", "remove:communityAims[0]")
                        .param("communityAims[0]", "Residents lead").param("communityAims[1]", "Streets are safer"))
                .andExpect(redirectedUrl("/tasks/" + task + "#communityAims"));
        draft = partner.get("/api/v1/tasks/" + task).json().at("/data/draft");
        assertThat(draft.get("communityAims").toString()).isEqualTo("[\"Streets are safer\"]");
        assertThat(draft.has("milestones")).as("the draft is the form as sent, not added to the last one").isFalse();
    }

    @Test
    void aDateThatIsNotRealIsNamedWithTheRestAndWhatWasTypedStays() throws Exception {
        NewPartnership p = NewPartnership.create(port);
        Api partner = p.partnerApi(port);
        String task = TaskDraftsThroughTheApiTest.proposalTask(p, partner);

        mvc.perform(form(task, p)
                        .param("startDate.day", "31").param("startDate.month", "2").param("startDate.year", "2027")
                        .param("milestones[0].title", "").param("milestones[1].title", "Hubs open")
                        .param("milestones[1].dueDate.day", "30").param("milestones[1].dueDate.year", "2027")
                        .param("milestones[1].trancheAmount", "300000.00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString(
                        "<a href=\"#startDate\">Start date must be a real date, such as 31 3 2027</a>")))
                .andExpect(content().string(containsString(
                        "<a href=\"#milestones-1-dueDate\">Milestone 2, due date must include a month</a>")))
                .andExpect(content().string(containsString(">Summary must be filled in</a>")))
                .andExpect(content().string(not(containsString("Start date must be given"))))
                .andExpect(content().string(containsString("name=\"startDate.day\" value=\"31\"")))
                .andExpect(content().string(containsString("name=\"milestones[1].dueDate.day\" value=\"30\"")))
                .andExpect(content().string(containsString("id=\"startDate-error\"")));

        JsonNode read = partner.get("/api/v1/tasks/" + task).json();
        assertThat(read.get("taskDefinitionKey").asText()).as("nothing was completed").isEqualTo("submitProposal");
        assertThat(read.get("data").has("draft")).as("nor saved").isFalse();
    }

    @Test
    void aDraftOverOneMebibyteIsRefusedOnThePageWithAnErrorSummary() throws Exception {
        NewPartnership p = NewPartnership.create(port);
        String task = TaskDraftsThroughTheApiTest.proposalTask(p, p.partnerApi(port));

        mvc.perform(form(task, p).param("_draft", "save").param("summary", "x".repeat(1024 * 1024 + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("must be at most 1 MiB")));
    }

    @Test
    void anotherPartnershipsPartnerCannotSaveADraftFromThePage() throws Exception {
        NewPartnership p = NewPartnership.create(port);
        Api partner = p.partnerApi(port);
        String task = TaskDraftsThroughTheApiTest.proposalTask(p, partner);

        mvc.perform(post("/tasks/" + task).with(csrf()).with(user(users.loadUserByUsername("partner.croydon")))
                        .param("_draft", "save").param("summary", "Not ours"))
                .andExpect(status().isNotFound());
        assertThat(partner.get("/api/v1/tasks/" + task).json().get("data").has("draft")).isFalse();
    }

    private MockHttpServletRequestBuilder form(String task, NewPartnership p) {
        return post("/tasks/" + task).with(csrf()).with(as(p));
    }

    private RequestPostProcessor as(NewPartnership p) {
        return user(users.loadUserByUsername(p.username()));
    }
}
