package org.partnerflow.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The must-shows of issue 11 on the demo data: tasks, approved actuals over periods, the Gwent savings case, access. */
@DemoAppTest
class OutcomesInTheDemoTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void theGwentPartnerHasAnOutcomeReportToSendAndTheIndicatorsHaveApprovedActualsOverSeveralPeriods() {
        JsonNode tasks = Api.demo(port, "partner.gwent").get("/api/v1/tasks").json();
        assertThat(tasks.findValuesAsText("taskDefinitionKey")).contains("reportOutcomes");
        long gwent = partnershipId("Gwent");
        JsonNode indicators = Api.demo(port, "partner.gwent").get("/api/v1/partnerships/" + gwent + "/indicators").json();
        assertThat(indicators.findValuesAsText("title")).contains("People living back in Gwent under the new model");
        JsonNode people = indicators.get(0);
        assertThat(people.get("actualToDate").decimalValue()).isPositive();
        assertThat(people.get("lastApprovedOn").asText()).isNotBlank();
        JsonNode history = Api.demo(port, "funder").get("/api/v1/partnerships/" + gwent + "/indicators/"
                + people.get("id").asLong()).json();
        List<JsonNode> approved = new ArrayList<>();
        history.get("periods").forEach(p -> {
            if (!p.get("approvedActual").isNull()) {
                approved.add(p);
            }
        });
        assertThat(approved).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theInOnePlaceSavingsCaseIsComputedFromCohortsAndCosts() {
        long gwent = partnershipId("Gwent");
        JsonNode benefits = Api.demo(port, "funder").get("/api/v1/partnerships/" + gwent + "/benefits").json();
        JsonNode first = benefits.get("cohorts").get(0);
        assertThat(first.get("people").asInt()).isEqualTo(4);
        assertThat(first.get("baselineCostPerPersonYear").decimalValue()).isEqualByComparingTo("200000.00");
        assertThat(first.get("annualSaving").decimalValue()).isEqualByComparingTo("285000.00");
        assertThat(benefits.get("scaling").findValuesAsText("people")).containsExactly("4", "24", "78");
        assertThat(benefits.get("scaling").get(1).get("annualSaving").decimalValue()).isEqualByComparingTo("1710000.00");
        assertThat(benefits.get("projectedAnnualSaving").decimalValue()).isEqualByComparingTo("5557500.00");
        assertThat(benefits.get("realisedSavingToDate").decimalValue()).isGreaterThan(BigDecimal.ZERO);
        JsonNode pot = Api.demo(port, "funder").get("/api/v1/partnerships/" + gwent + "/pooled-budget").json();
        assertThat(pot.get("wholePot").decimalValue()).isEqualByComparingTo(
                pot.get("grant").decimalValue().add(pot.get("committed").decimalValue()));
        assertThat(Api.demo(port, "funder").get("/api/v1/partnerships/" + gwent + "/contributions").json()
                .findValuesAsText("kind")).contains("CASH", "IN_KIND");
    }

    @Test
    void aPendingValueDoesNotCountWhileTheApprovedOnesDo() {
        long coventry = partnershipId("Coventry");
        JsonNode residents = Api.demo(port, "manager").get("/api/v1/partnerships/" + coventry + "/indicators").json().get(0);
        JsonNode reports = Api.demo(port, "manager").get("/api/v1/partnerships/" + coventry + "/outcome-reports").json();
        JsonNode latest = reports.get(0);
        assertThat(latest.get("status").asText()).isEqualTo("SUBMITTED");
        JsonNode pending = latest.get("lines").get(0).get("value");
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(residents.get("actualToDate").decimalValue()).isNotEqualByComparingTo(pending.get("value").decimalValue());
        assertThat(residents.get("actualPeriodEnd").asText()).isLessThan(latest.get("periodEnd").asText());
        assertThat(Api.demo(port, "manager").get("/api/v1/tasks").json().findValuesAsText("taskDefinitionKey"))
                .contains("reviewOutcomes");
    }

    @Test
    void aPartnerDefinesReportsAndSeesIndicatorsOnlyForTheirOwnPartnership() {
        long gwent = partnershipId("Gwent");
        Map<String, Object> body = Map.of("title", "Carers supported", "unit", "PEOPLE", "direction", "INCREASE",
                "baseline", 0, "baselineDate", "2026-03-31", "targets", List.of(Map.of("periodEnd", "2027-03-31", "value", 20)));
        assertThat(Api.demo(port, "partner.coventry").get("/api/v1/partnerships/" + gwent + "/indicators").status()).isEqualTo(404);
        assertThat(Api.demo(port, "partner.coventry").post("/api/v1/partnerships/" + gwent + "/indicators", body).status())
                .isEqualTo(404);
        assertThat(Api.demo(port, "partner.coventry").get("/api/v1/partnerships/" + gwent + "/benefits").status()).isEqualTo(404);
        assertThat(Api.demo(port, "funder").post("/api/v1/partnerships/" + gwent + "/indicators", body).status()).isEqualTo(403);
        Api.Response noReason = Api.demo(port, "partner.gwent").post("/api/v1/partnerships/" + gwent + "/indicators", body);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().findValuesAsText("field")).contains("reason");
        String reportTask = Api.demo(port, "partner.gwent").get("/api/v1/tasks").json().findParents("taskDefinitionKey").stream()
                .filter(t -> t.get("taskDefinitionKey").asText().equals("reportOutcomes")).findFirst().orElseThrow()
                .get("id").asText();
        assertThat(Api.demo(port, "partner.coventry").get("/api/v1/tasks/" + reportTask).status()).isEqualTo(404);
    }

    @Test
    void theFunderSeesTheIndicatorsOnTheProgrammePageAndTheRollUpAndTheCsv() throws Exception {
        long iop = programmeId("IOP");
        JsonNode rollUp = Api.demo(port, "funder").get("/api/v1/programmes/" + iop + "/outcomes").json();
        assertThat(rollUp.get("indicators").findValuesAsText("title")).contains("People living back in Gwent under the new model");
        assertThat(rollUp.get("indicators").get(0).get("partnerships").get(0).get("progress").get("percent").decimalValue())
                .isNotNull();
        assertThat(Api.demo(port, "partner.gwent").get("/api/v1/programmes/" + iop + "/outcomes").status()).isEqualTo(403);
        var funder = user(users.loadUserByUsername("funder"));
        mvc.perform(get("/programmes/" + iop).with(funder)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("People living back in Gwent under the new model")));
        mvc.perform(get("/partnerships/" + partnershipId("Gwent") + "/outcomes").with(funder)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("£285,000.00")))
                .andExpect(content().string(Matchers.containsString("£5,557,500.00")))
                .andExpect(content().string(Matchers.containsString("data-chart=\"line\"")));
        mvc.perform(get("/dashboard/outcomes.csv").param("programmeId", String.valueOf(iop)).with(funder))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith("Partnership,Indicator,Unit")))
                .andExpect(content().string(Matchers.containsString("People in placements out of county")));
        mvc.perform(get("/partnerships/" + partnershipId("Gwent") + "/outcomes")
                .with(user(users.loadUserByUsername("partner.coventry")))).andExpect(status().isNotFound());
    }

    private long partnershipId(String place) {
        for (JsonNode p : Api.demo(port, "manager").get("/api/v1/partnerships").json()) {
            if (p.get("place").asText().equals(place)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no demo partnership in " + place);
    }

    private long programmeId(String code) {
        for (JsonNode p : Api.demo(port, "manager").get("/api/v1/programmes").json()) {
            if (p.get("code").asText().equals(code)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no demo programme " + code);
    }
}
