package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
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
 * The criteria, round and application pages refuse what the API refuses, with an error summary naming the field and
 * nothing written; a partner outside an open round is told plainly when the next opens.
 */
@DemoAppTest
class CriteriaRoundAndApplicationPagesTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void theCriteriaPageRefusesAnEmptyListAndABadWeightAndKeepsWhatWasTyped() throws Exception {
        NewPartnership p = NewPartnership.create(port);
        String page = "/programmes/" + p.programmeId() + "/criteria";
        assertThat(send(get(page), "manager").getContentAsString())
                .contains("value=\"Community voice and power\"", "name=\"criteria[5].name\"");

        MockHttpServletResponse none = send(post(page).param("criteria[0].name", ""), "manager");
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(none.getContentAsString()).contains("There is a problem", "href=\"#criteria\"",
                "must have at least one criterion");

        MockHttpServletResponse heavy = send(post(page).param("criteria[0].name", "").param("criteria[1].name", "Reach")
                .param("criteria[1].weight", "nine"), "manager");
        assertThat(heavy.getStatus()).isEqualTo(400);
        assertThat(heavy.getContentAsString()).contains("href=\"#criteria-1-weight\"", "value=\"Reach\"");
        assertThat(Api.demo(port, "manager").get("/api/v1/programmes/" + p.programmeId()).json().get("criteria"))
                .hasSize(5);

        MockHttpServletResponse saved = send(post(page).param("criteria[0].name", "Reach")
                .param("criteria[0].guidance", "Who it reaches").param("criteria[0].weight", "4"), "manager");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(Api.demo(port, "manager").get("/api/v1/programmes/" + p.programmeId()).json()
                .at("/criteria/0/weight").asInt()).isEqualTo(4);
        assertThat(send(get(page), "funder").getStatus()).isEqualTo(403);
    }

    @Test
    void theRoundPageRefusesADayThatDoesNotExistAndADateOutsideTheLimits() throws Exception {
        NewPartnership p = NewPartnership.create(port);
        String rounds = "/programmes/" + p.programmeId() + "/rounds";
        MockHttpServletResponse unreal = send(post(rounds).param("title", "Round 1").param("opensOn-day", "31")
                .param("opensOn-month", "2").param("opensOn-year", "2027").param("closesOn-day", "1")
                .param("closesOn-month", "3").param("closesOn-year", "2101").param("assessorsPerProposal", "9"),
                "manager");
        assertThat(unreal.getStatus()).isEqualTo(400);
        assertThat(unreal.getContentAsString()).contains("href=\"#opensOn\"", "Opens on must be a real date",
                "href=\"#assessorsPerProposal\"", "value=\"31\"");
        MockHttpServletResponse late = send(post(rounds).param("title", "Round 1").param("opensOn-day", "1")
                .param("opensOn-month", "2").param("opensOn-year", "2027").param("closesOn-day", "1")
                .param("closesOn-month", "3").param("closesOn-year", "2101").param("assessorsPerProposal", "2"),
                "manager");
        assertThat(late.getStatus()).isEqualTo(400);
        assertThat(late.getContentAsString()).contains("href=\"#closesOn\"", "31 December 2100");
        assertThat(Api.demo(port, "manager").get("/api/v1" + rounds).json()).isEmpty();
        assertThat(send(get(rounds + "/new"), "partner.coventry").getStatus()).isEqualTo(403);
    }

    @Test
    void outsideARoundThePartnerIsToldWhenTheNextOpensAndStartingIsRefusedWithNothingWritten() throws Exception {
        NewPartnership p = NewPartnership.create(port);
        LocalDate opens = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(1);
        Api.demo(port, "manager").post("/api/v1/programmes/" + p.programmeId() + "/rounds", Map.of("title",
                "Autumn round", "opensOn", opens.toString(), "closesOn", opens.plusMonths(1).toString(),
                "assessorsPerProposal", 1));
        String page = "/partnerships/" + p.partnershipId() + "/application";
        String shown = send(get(page), p.username()).getContentAsString();
        assertThat(shown).contains("The next, Autumn round, opens on " + BrowserSteps.date(opens))
                .doesNotContain("Start an application</button>");

        MockHttpServletResponse refused = send(post(page), p.username());
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("There is a problem", "href=\"#round\"");
        assertThat(p.partnerApi(port).get("/api/v1/awards?partnershipId=" + p.partnershipId()).json()).isEmpty();
        assertThat(send(get("/partnerships/" + p.partnershipId() + "/application"), "partner.croydon").getStatus())
                .isEqualTo(404);
        assertThat(send(get(page), "funder").getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))
                .accept("text/html")).andReturn().getResponse();
    }
}
