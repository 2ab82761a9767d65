package org.partnerflow.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * A task page starts its form from what the task's own TaskForm gives (returned evidence as it was sent, a release
 * proposal from the tranche's amount) and shows the context the form gives beside it (the milestone).
 */
@DemoAppTest
class TaskPagesStartFromTheirFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void returnedEvidenceComesBackAsItWasSentAndAReleaseProposalStartsFromTheTranche() throws Exception {
        ActiveAward award = ActiveAward.ahead(port);
        ActiveAward.Milestone first = award.milestone(0);
        Api partner = award.partnerApi(port);
        Api manager = Api.demo(port, "manager");
        String partnerName = award.partnership().username();

        String evidence = award.taskId(partner, "submitMilestoneEvidence", first.id());
        mvc.perform(get("/tasks/" + evidence).with(as(partnerName)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/milestones/" + first.id())))
                .andExpect(content().string(not(containsString("Hubs are open in Foleshill."))));

        award.complete(partner, "submitMilestoneEvidence", first.id(),
                Map.of("narrative", "Hubs are open in Foleshill.", "links", List.of("https://example.org/hubs")));
        award.complete(manager, "reviewMilestoneEvidence", first.id(),
                Map.of("decision", "REQUEST_CHANGES", "comments", "Add the attendance figures."));
        String returned = award.taskId(partner, "submitMilestoneEvidence", first.id());
        mvc.perform(get("/tasks/" + returned).with(as(partnerName)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Hubs are open in Foleshill.</textarea>")))
                .andExpect(content().string(containsString("value=\"https://example.org/hubs\"")))
                .andExpect(content().string(containsString("Add the attendance figures.")));

        award.complete(partner, "submitMilestoneEvidence", first.id(),
                Map.of("narrative", "Hubs are open in Foleshill; 240 residents came.", "links", List.of()));
        award.complete(manager, "reviewMilestoneEvidence", first.id(), Map.of("decision", "APPROVE"));
        String proposal = award.taskId(manager, "proposeTrancheRelease", first.id());
        mvc.perform(get("/tasks/" + proposal).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"amount\"")))
                .andExpect(content().string(containsString("value=\"" + ActiveAward.TRANCHE + "\"")));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
