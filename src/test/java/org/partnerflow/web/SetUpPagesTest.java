package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 24's set-up pages answer as the API does: bad input is a 400 page with an error summary naming the field,
 * an overtaken edit says what someone else saved and keeps the reader's values, partners and funders are refused,
 * and a member that must stay is named with the reason.
 */
@DemoAppTest
class SetUpPagesTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void theNewProgrammePageShowsItsFormAndRefusesBadInputWithAnErrorSummary() throws Exception {
        MockHttpServletResponse form = send(get("/programmes/new"), "manager");
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("name=\"funder.orgId\"", "name=\"totalBudget\"");

        MockHttpServletResponse refused = send(post("/programmes").param("code", "bad code")
                .param("totalBudget", "lots").param("funder.orgId", "XX-1"), "manager");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("There is a problem", "href=\"#code\"", "href=\"#totalBudget\"",
                "href=\"#funder-orgId\"", "value=\"lots\"");
        assertThat(send(get("/programmes/new"), "funder").getStatus()).isEqualTo(403);
        assertThat(send(get("/programmes/new"), "partner.coventry").getStatus()).isEqualTo(403);
    }

    @Test
    void aProgrammeIsCreatedAndAnOvertakenEditNamesWhatSomeoneElseSaved() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        MockHttpServletResponse created = send(post("/programmes").param("code", "PG-" + tag)
                .param("title", "Page programme " + tag).param("funder.name", "Page Funder " + tag)
                .param("funder.type", "FUNDER").param("funder.orgId", "360G-PG" + tag).param("totalBudget", "1,000,000")
                .param("awardCap", "100000").param("maxDurationMonths", "24").param("learningReviewCadenceMonths", "6")
                .param("requiredMemberTypes", "VCSE"), "manager");
        assertThat(created.getStatus()).isEqualTo(302);
        String page = created.getRedirectedUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        JsonNode programme = Api.demo(port, "manager").get("/api/v1/programmes/" + id).json();
        assertThat(programme.get("totalBudget").decimalValue()).isEqualByComparingTo("1000000.00");
        long version = programme.get("version").asLong();

        String edit = send(get("/programmes/" + id + "/edit"), "admin").getContentAsString();
        assertThat(edit).contains("name=\"version\" value=\"" + version + "\"", "value=\"Page programme " + tag + "\"");

        Api.demo(port, "manager").patch("/api/v1/programmes/" + id, Map.of("version", version,
                "totalBudget", 1200000.00));
        MockHttpServletResponse overtaken = send(post("/programmes/" + id + "/edit").param("version", "" + version)
                .param("title", "My title " + tag).param("description", "").param("totalBudget", "1000000.00")
                .param("awardCap", "100000.00").param("maxDurationMonths", "24")
                .param("learningReviewCadenceMonths", "6"), "manager");
        assertThat(overtaken.getStatus()).isEqualTo(409);
        assertThat(overtaken.getContentAsString()).contains("Someone else changed this programme",
                "Total budget is now £1,200,000.00", "value=\"My title " + tag + "\"",
                "name=\"version\" value=\"" + (version + 1) + "\"");
        assertThat(Api.demo(port, "manager").get("/api/v1/programmes/" + id).json().get("title").asText())
                .isEqualTo("Page programme " + tag);

        MockHttpServletResponse saved = send(post("/programmes/" + id + "/edit").param("version", "" + (version + 1))
                .param("title", "My title " + tag).param("description", "").param("totalBudget", "1200000.00")
                .param("awardCap", "100000.00").param("maxDurationMonths", "24")
                .param("learningReviewCadenceMonths", "6"), "manager");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(Api.demo(port, "manager").get("/api/v1/programmes/" + id).json().get("title").asText())
                .isEqualTo("My title " + tag);
    }

    @Test
    void theMembersPageFindsKnownOrganisationsAndKeepsTheLead() throws Exception {
        NewPartnership p = NewPartnership.create(port);
        String tag = p.name().split(" ")[1];
        String members = "/partnerships/" + p.partnershipId() + "/members";
        String found = send(get(members).param("q", "journey council " + tag), "manager").getContentAsString();
        assertThat(found).contains("Journey Council " + tag, "use=");

        JsonNode partnership = Api.demo(port, "manager").get("/api/v1/partnerships/" + p.partnershipId()).json();
        long lead = partnership.get("leadOrganisation").get("id").asLong();
        MockHttpServletResponse refused = send(post(members + "/" + lead + "/remove"), "manager");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("The lead organisation cannot be removed");

        MockHttpServletResponse bad = send(post(members).param("organisation.name", "X").param("organisation.type", "VCSE")
                .param("organisation.orgId", "nope").param("role", ""), "manager");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("href=\"#organisation-orgId\"", "href=\"#role\"");
        assertThat(send(get(members), p.username()).getStatus()).isEqualTo(403);
        assertThat(send(get(members), "partner.croydon").getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))
                .accept("text/html")).andReturn().getResponse();
    }
}
