package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.VariationLimits;
import org.partnerflow.award.VariedAwards;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.support.DemoAppTest;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.partnerflow.variation.VariationStatus;
import org.partnerflow.variation.VariationViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The variation pages on the demo's active Coventry award: the request form (rows added and removed without
 * JavaScript, errors in the summary, then sent), the award page's Variations section, and the assessment and approval
 * task forms with the award now and as asked for side by side. It ends in a rejection, so the award other tests read
 * stays as it is and no task is left open.
 */
@DemoAppTest
class VariationPagesTest {

    private static final Pattern ROW_TITLE = Pattern.compile("name=\"milestones\\[(\\d+)]\\.title\"");

    @Autowired MockMvc mvc;
    @Autowired TaskList tasks;
    @Autowired UserDetailsService users;
    @Autowired AwardQueries awards;
    @Autowired VariedAwards varied;
    @Autowired VariationViews views;

    @Test
    void aPartnerAsksOnTheFormAManagerRecommendsAndAFunderRejectsOnTheirTaskPages() throws Exception {
        PartnerflowUser partner = principal("partner.coventry");
        AwardView award = awards.visibleTo(partner, null, null, AwardStatus.ACTIVE).get(0);
        VariationLimits limits = varied.limits(award.id());
        java.math.BigDecimal less = limits.amountAwarded().subtract(new java.math.BigDecimal("1000.00"));
        assertThat(less).as("the demo award can be made smaller").isGreaterThan(limits.approvedOrReleased());
        String path = "/awards/" + award.id() + "/variations";

        String form = html(get(path + "/new"), "partner.coventry");
        assertThat(form).contains("Request a variation", "Why should the award change?", "New end date",
                "Add another milestone", "Milestones not yet approved");
        int rows = rows(form);
        assertThat(rows).isPositive();
        String added = html(withRows(post(path).param("_action", "add"), form), "partner.coventry");
        assertThat(rows(added)).isEqualTo(rows + 1);
        String removed = html(withRows(post(path).param("_action", "remove:0"), form), "partner.coventry");
        assertThat(rows(removed)).isEqualTo(rows - 1);

        String refused = mvc.perform(withRows(post(path).param("_action", "send"), form).with(csrf())
                .with(as("partner.coventry"))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("There is a problem", "href=\"#reason\"", "href=\"#changes\"");
        String badDate = mvc.perform(withRows(post(path).param("_action", "send").param("reason", "Later")
                        .param("endDate.day", "31").param("endDate.month", "2").param("endDate.year", "2029"), form)
                        .with(csrf()).with(as("partner.coventry")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badDate).contains("href=\"#endDate\"", "must be a real date");

        int last = rows - 1;
        String lastTranche = value(form, "milestones[" + last + "].trancheAmount");
        String smaller = new java.math.BigDecimal(lastTranche).subtract(new java.math.BigDecimal("1000.00")).toPlainString();
        String stillRefused = mvc.perform(withRows(post(path).param("_action", "send").param("reason", "One venue less.")
                        .param("amountAwarded", less.toPlainString()), form).with(csrf()).with(as("partner.coventry")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(stillRefused).contains("href=\"#milestones\"", "must add up to");
        mvc.perform(withRows(post(path).param("_action", "send").param("reason", "The hubs open a month later.")
                        .param("amountAwarded", less.toPlainString())
                        .param("milestones[" + last + "].trancheAmount", smaller), form, "milestones[" + last + "].trancheAmount")
                        .with(csrf()).with(as("partner.coventry")))
                .andExpect(status().is3xxRedirection());
        String awardPage = html(get("/awards/" + award.id()), "partner.coventry");
        assertThat(awardPage).contains("Variations", "The hubs open a month later.", "Waiting for assessment",
                "A variation is waiting for a decision").doesNotContain("Request a variation</a>");

        WorkItem assess = task("manager", "assessVariation", award.id());
        String assessPage = html(get("/tasks/" + assess.id()), "manager");
        assertThat(assessPage).contains("The change asked for", "The award now and as asked for", "Asked for",
                "Do you recommend this change to the funders?", "Milestones not yet approved, as asked for", "Save as draft");
        mvc.perform(post("/tasks/" + assess.id()).param("decision", "RECOMMEND").with(csrf()).with(as("manager")))
                .andExpect(status().is3xxRedirection());

        WorkItem approve = task("funder", "approveVariation", award.id());
        String approvePage = html(get("/tasks/" + approve.id()), "funder");
        assertThat(approvePage).contains("Do you approve this change?", "Recommended by manager", "returns £1,000.00",
                "Approving applies the change at once");
        String noComments = mvc.perform(post("/tasks/" + approve.id()).param("decision", "REJECT").with(csrf())
                .with(as("funder"))).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noComments).contains("There is a problem", "href=\"#comments\"");
        mvc.perform(post("/tasks/" + approve.id()).param("decision", "REJECT").param("comments", "Not this year.")
                .with(csrf()).with(as("funder"))).andExpect(status().is3xxRedirection());

        assertThat(views.ofAward(award.id()).get(0).status()).isEqualTo(VariationStatus.REJECTED);
        assertThat(awards.detail(award.id()).award().amountAwarded()).isEqualByComparingTo(limits.amountAwarded());
        assertThat(html(get("/awards/" + award.id()), "manager")).contains("Rejected by funder", "Not this year.",
                "Request a variation</a>");
    }

    /** The request with the form's milestone rows as the page filled them (hidden ids, titles, dates, amounts). */
    private static MockHttpServletRequestBuilder withRows(MockHttpServletRequestBuilder request, String form,
            String... except) {
        java.util.Set<String> skipped = java.util.Set.of(except);
        Matcher field = Pattern.compile("name=\"(milestones\\[\\d+]\\.[A-Za-z.]+)\"[^>]*?value=\"([^\"]*)\"")
                .matcher(form);
        while (field.find()) {
            if (skipped.contains(field.group(1))) {
                continue;
            }
            request.param(field.group(1), field.group(2).replace("&#39;", "'").replace("&amp;", "&"));
        }
        Matcher text = Pattern.compile("name=\"(milestones\\[\\d+]\\.evidenceExpected)\"[^>]*>([^<]*)</textarea>")
                .matcher(form);
        while (text.find()) {
            request.param(text.group(1), text.group(2).replace("&#39;", "'").replace("&amp;", "&"));
        }
        return request;
    }

    private static String value(String form, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*?value=\"([^\"]*)\"").matcher(form);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    private static int rows(String page) {
        int count = 0;
        Matcher m = ROW_TITLE.matcher(page);
        while (m.find()) {
            count++;
        }
        return count;
    }

    private WorkItem task(String username, String key, long awardId) {
        return tasks.visibleTo(principal(username), new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> Long.valueOf(awardId).equals(t.awardId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " task for " + username));
    }

    private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
        if (request.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod().equals("POST")) {
            request.with(csrf());
        }
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
