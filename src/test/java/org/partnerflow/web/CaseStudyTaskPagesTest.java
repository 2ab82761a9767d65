package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.support.DemoAppTest;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The three caseStudyUpdate task pages on the demo's waiting public request: triage shows the request, the draft
 * starts from the published text, approval shows what the draft changes. It stops at a return, so the published
 * versions other tests read stay as they are.
 */
@DemoAppTest
class CaseStudyTaskPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TaskList tasks;
    @Autowired UserDetailsService users;

    @Test
    void triageDraftAndApprovalPagesShowTheirContextAndCompleteTheTasks() throws Exception {
        WorkItem triage = demoTriage();
        String page = html(get("/tasks/" + triage.id()), "manager");
        assertThat(page).contains("Jo Bennett", "jo.bennett@example.org", "weekly advice session",
                "Should the case study be revised?");
        mvc.perform(post("/tasks/" + triage.id()).param("decision", "DECLINE").with(csrf()).with(as("manager")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/tasks/" + triage.id()).param("decision", "ACCEPT").with(csrf()).with(as("manager")))
                .andExpect(status().is3xxRedirection());

        WorkItem draft = task("partner.greenwich", "draftCaseStudyVersion", triage.businessKey());
        page = html(get("/tasks/" + draft.id()), "partner.greenwich");
        assertThat(page).contains("The revised case study", "Organisations and residents who live, work and study",
                "reviewed together each year", "Jo Bennett").doesNotContain("jo.bennett@example.org");
        var submit = post("/tasks/" + draft.id()).with(csrf()).with(as("partner.greenwich"))
                .param("about", "About the partnership.").param("wentWell", "Hubs and a weekly advice session.")
                .param("challengesOvercome", "Contracts.").param("results", "A shared purpose.")
                .param("whatMadeTheDifference", "Trust.").param("contact", "The council.");
        mvc.perform(submit).andExpect(status().is3xxRedirection());

        WorkItem approve = task("manager", "approveCaseStudyVersion", triage.businessKey());
        page = html(get("/tasks/" + approve.id()), "manager");
        assertThat(page).contains("Publish this draft?", "What the draft changes in version 2", "<ins>", "<del>",
                "Publishing adds version 3");
        String refused = mvc.perform(post("/tasks/" + approve.id()).param("decision", "RETURN").with(csrf())
                .with(as("manager"))).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "href=\"#comments\"");
        mvc.perform(post("/tasks/" + approve.id()).param("decision", "RETURN").param("comments", "Keep the full text.")
                .with(csrf()).with(as("manager"))).andExpect(status().is3xxRedirection());
        page = html(get("/tasks/" + task("partner.greenwich", "draftCaseStudyVersion", triage.businessKey()).id()),
                "partner.greenwich");
        assertThat(page).contains("Returned with comments", "Keep the full text.", "Hubs and a weekly advice session.");
    }

    private WorkItem demoTriage() throws Exception {
        for (WorkItem t : tasks.visibleTo(principal("manager"), new TaskFilter("triageUpdateRequest", null, false, 0, 200))) {
            if (tasks.formData(t).toString().contains("Jo Bennett")) {
                return t;
            }
        }
        throw new AssertionError("the demo's public request is not waiting at triage");
    }

    private WorkItem task(String username, String key, String businessKey) {
        return tasks.visibleTo(principal(username), new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> businessKey.equals(t.businessKey())).findFirst().orElseThrow();
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String username) throws Exception {
        return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private PartnerflowUser principal(String username) {
        return (PartnerflowUser) users.loadUserByUsername(username);
    }

    private RequestPostProcessor as(String username) {
        return user(principal(username));
    }
}
