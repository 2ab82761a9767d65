package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.integrity.InterestRequest;
import org.partnerflow.integrity.Interests;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.Notifier;
import org.partnerflow.support.PausedJobExecutors;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The suspend, resume and terminate routes as callers meet them: who may call them, the 400s naming the field, the
 * 409s for an award in the wrong state, and a funder with an interest in the partnership refused by rule.
 */
@AutoConfigureMockMvc
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:interruption;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(PausedJobExecutors.class)
class AwardInterruptionApiTest {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.ia", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.ia", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.ia", Role.PROGRAMME_MANAGER);

    @Autowired MockMvc mvc;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired Interests interests;
    @Autowired AwardQueries awards;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @MockitoBean Notifier notifier;

    AwardFixture fixture;
    ProgrammeView programme;
    PartnerflowUser partner;

    @BeforeEach
    void programmeAndPartnership() {
        fixture = new AwardFixture(programmes, partnerships, tx);
        programme = fixture.programme("1000000.00");
        partner = AwardFixture.partner(fixture.partnership(programme.id(), true).id());
    }

    @Test
    void onlyFundersAndManagersSuspendAndOnlyFundersEndAnAwardEarly() throws Exception {
        AwardView award = activeAward();
        PartnerflowUser otherPartner = AwardFixture.partner(fixture.partnership(programme.id(), true).id());
        assertThat(call(partner, award, "suspend", "{\"reason\": \"x\"}").getStatus()).isEqualTo(403);
        assertThat(call(otherPartner, award, "suspend", "{\"reason\": \"x\"}").getStatus()).isEqualTo(404);
        assertThat(call(ASSESSOR, award, "suspend", "{\"reason\": \"x\"}").getStatus()).isEqualTo(403);
        assertThat(call(MANAGER, award, "terminate", "{\"reason\": \"x\", \"effectiveDate\": \"2028-01-01\"}")
                .getStatus()).isEqualTo(403);
        assertThat(awards.detail(award.id()).award().status()).isEqualTo(AwardStatus.ACTIVE);

        assertThat(call(MANAGER, award, "suspend", "{\"reason\": \"Checks\"}").getStatus()).isEqualTo(204);
        assertThat(awards.detail(award.id()).award().status()).isEqualTo(AwardStatus.SUSPENDED);
        assertThat(call(FUNDER, award, "resume", "{\"reason\": \"Fine\"}").getStatus()).isEqualTo(204);
        assertThat(call(FUNDER, award, "terminate", "{\"reason\": \"Ended\", \"effectiveDate\": \"2028-01-01\"}")
                .getStatus()).isEqualTo(204);
        assertThat(awards.detail(award.id()).award().status()).isEqualTo(AwardStatus.TERMINATED);
        assertThat(call(FUNDER, award, "terminate", "{\"reason\": \"Again\", \"effectiveDate\": \"2028-01-01\"}")
                .getStatus()).isEqualTo(409);
    }

    @Test
    void aMissingReasonOrAnEffectiveDateOutsideTheAwardIsRefusedNamingTheField() throws Exception {
        AwardView award = activeAward();
        assertThat(field(call(MANAGER, award, "suspend", "{}"), 400)).isEqualTo("reason");
        assertThat(field(call(MANAGER, award, "suspend", "{\"reason\": \"   \"}"), 400)).isEqualTo("reason");
        assertThat(field(call(FUNDER, award, "terminate", "{\"reason\": \"Ended\"}"), 400)).isEqualTo("effectiveDate");
        assertThat(field(call(FUNDER, award, "terminate", "{\"reason\": \"Ended\", \"effectiveDate\": \"2027-03-31\"}"),
                400)).isEqualTo("effectiveDate"); // the day before it starts
        assertThat(field(call(FUNDER, award, "terminate", "{\"reason\": \"Ended\", \"effectiveDate\": \"2030-04-01\"}"),
                400)).isEqualTo("effectiveDate"); // the day after it ends
        assertThat(field(call(FUNDER, award, "terminate", "{\"effectiveDate\": \"2028-01-01\"}"), 400))
                .isEqualTo("reason");
        assertThat(call(FUNDER, award, "resume", "{\"reason\": \"Not suspended\"}").getStatus()).isEqualTo(409);
        assertThat(awards.detail(award.id()).award().status()).isEqualTo(AwardStatus.ACTIVE);
    }

    @Test
    void anAwardNotYetActiveCannotBeSuspendedOrEnded() throws Exception {
        AwardView award = proposals.start(partner.partnershipIds().iterator().next(), partner);
        assertThat(call(MANAGER, award, "suspend", "{\"reason\": \"Too soon\"}").getStatus()).isEqualTo(409);
        assertThat(call(FUNDER, award, "terminate", "{\"reason\": \"Too soon\"}").getStatus()).isEqualTo(400);
    }

    @Test
    void aFunderWithAnInterestInThePartnershipIsRefusedByRule() throws Exception {
        AwardView award = activeAward();
        PartnerflowUser conflicted = AwardFixture.staff("funder.ia.conflicted", Role.FUNDER);
        tx.executeWithoutResult(s -> interests.declare(new InterestRequest(award.partnershipId(), null,
                "Trustee of the lead charity"), conflicted));
        MockHttpServletResponse refused = call(conflicted, award, "terminate",
                "{\"reason\": \"Ended\", \"effectiveDate\": \"2028-01-01\"}");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(json.readTree(refused.getContentAsString()).path("rule").asText()).isEqualTo("conflict-of-interest");
        assertThat(call(conflicted, award, "suspend", "{\"reason\": \"x\"}").getStatus()).isEqualTo(403);
        assertThat(awards.detail(award.id()).award().status()).isEqualTo(AwardStatus.ACTIVE);
    }

    @Test
    void thePagesEndAnAwardEarlyAndTheAwardPageSaysSoToThePartnership() throws Exception {
        AwardView award = activeAward();
        MockHttpServletResponse refused = mvc.perform(post("/awards/" + award.id() + "/terminate")
                .param("reason", "").param("effectiveDate.day", "31").param("effectiveDate.month", "2")
                .param("effectiveDate.year", "2028").with(user(FUNDER)).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("There is a problem", "#effectiveDate");
        assertThat(call(FUNDER, award, "suspend", "{\"reason\": \"Checks first\"}").getStatus()).isEqualTo(204);
        MockHttpServletResponse suspendedPage = mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.get("/awards/" + award.id()).with(user(partner))).andReturn().getResponse();
        assertThat(suspendedPage.getContentAsString()).contains("This award is suspended", "Checks first")
                .doesNotContain("/awards/" + award.id() + "/terminate");

        MockHttpServletResponse ended = mvc.perform(post("/awards/" + award.id() + "/terminate")
                .param("reason", "The partnership dissolved").param("effectiveDate.day", "30")
                .param("effectiveDate.month", "6").param("effectiveDate.year", "2028").with(user(FUNDER)).with(csrf()))
                .andReturn().getResponse();
        assertThat(ended.getStatus()).isEqualTo(302);
        assertThat(ended.getRedirectedUrl()).isEqualTo("/awards/" + award.id());
        AwardDetail detail = awards.detail(award.id());
        assertThat(detail.award().status()).isEqualTo(AwardStatus.TERMINATED);
        assertThat(detail.interruption().terminationEffectiveDate()).isEqualTo(java.time.LocalDate.of(2028, 6, 30));
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/awards/" + award.id()).with(user(partner))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This award was ended early", "The partnership dissolved", "30 June 2028",
                "£450,000.00", "Cancelled");
    }

    private String field(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        JsonNode errors = json.readTree(response.getContentAsString()).path("errors");
        return errors.get(0).path("field").asText();
    }

    private MockHttpServletResponse call(PartnerflowUser caller, AwardView award, String action, String body)
            throws Exception {
        return mvc.perform(post("/api/v1/awards/" + award.id() + "/" + action).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body).with(user(caller)).with(csrf())).andReturn().getResponse();
    }

    private AwardView activeAward() {
        AwardView award = proposals.start(partner.partnershipIds().iterator().next(), partner);
        complete(partner, award, "submitProposal", AwardFixture.proposal("450000.00"));
        complete(ASSESSOR, award, "assessProposal", new AssessmentRequest(List.of(
                new AssessmentRequest.CriterionScore("Community voice and power", 4, null),
                new AssessmentRequest.CriterionScore("Strength of the partnership", 4, null),
                new AssessmentRequest.CriterionScore("Deliverability of the plan", 3, null),
                new AssessmentRequest.CriterionScore("Value for money", 4, null),
                new AssessmentRequest.CriterionScore("Learning and sharing", 5, null)), Recommendation.FUND, true));
        complete(FUNDER, award, "decideAward", new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("450000.00"),
                null, null, null));
        complete(partner, award, "acceptOffer", new AcceptanceRequest(true));
        return award;
    }

    private void complete(PartnerflowUser user, AwardView award, String key, Object body) {
        completion.complete(tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId())).findFirst().orElseThrow().id(), json.valueToTree(body), user);
    }
}
