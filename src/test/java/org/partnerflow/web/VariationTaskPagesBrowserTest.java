package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.partnerflow.support.Api;
import org.partnerflow.support.Axe;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The two task pages of a variation in a real browser: a programme manager recommends Coventry's request on the
 * assessment page and a funder turns it down on the approval page; both pages pass axe and fit 320 pixels. Turned
 * down, the award is as it was, so the other journeys on the demo data keep their figures.
 */
@DemoAppTest
class VariationTaskPagesBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;
    BrowserSteps steps;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        steps = new BrowserSteps(browser, port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerRecommendsAVariationAndAFunderTurnsItDown() {
        Api partner = Api.demo(port, "partner.coventry");
        JsonNode award = partner.get("/api/v1/awards").json().get(0);
        long awardId = award.get("id").asLong();
        JsonNode detail = partner.get("/api/v1/awards/" + awardId).json();
        BigDecimal awarded = detail.get("amountAwarded").decimalValue();
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (JsonNode m : detail.get("milestones")) {
            if (m.get("status").asText().equals("APPROVED") || m.get("status").asText().equals("WITHDRAWN")) {
                continue;
            }
            BigDecimal tranche = trancheOf(detail, m.get("id").asLong());
            milestones.add(Map.of("id", m.get("id").asLong(), "title", m.get("title").asText(),
                    "dueDate", m.get("dueDate").asText(), "evidenceExpected", m.get("evidenceExpected").asText(),
                    "trancheAmount", tranche));
        }
        // £10,000 less, taken from the last open tranche.
        Map<String, Object> last = new java.util.HashMap<>(milestones.remove(milestones.size() - 1));
        last.put("trancheAmount", ((BigDecimal) last.get("trancheAmount")).subtract(new BigDecimal("10000")));
        milestones.add(last);
        Api.Response asked = partner.post("/api/v1/awards/" + awardId + "/variations", Map.of(
                "reason", "Match funding from the council came in higher than planned",
                "amountAwarded", awarded.subtract(new BigDecimal("10000")), "milestones", milestones));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String reference = award.get("reference").asText();
        String partnership = award.get("partnershipName").asText();

        steps.signIn("manager", "demo");
        steps.openTask(partnership, reference, "Assess variation", null);
        assertThat(steps.main()).contains("The award now and as asked for", "Match funding from the council");
        assertThat(Axe.seriousOrCritical(browser)).as("assessVariation page").isEmpty();
        assertThat(steps.overflowAt320Pixels()).isLessThanOrEqualTo(0);
        steps.choose("decision-RECOMMEND");
        steps.type("comments", "Sensible");
        steps.submit();
        steps.signOut();

        steps.signIn("funder", "demo");
        steps.openTask(partnership, reference, "Approve variation", null);
        assertThat(Axe.seriousOrCritical(browser)).as("approveVariation page").isEmpty();
        assertThat(steps.overflowAt320Pixels()).isLessThanOrEqualTo(0);
        steps.choose("decision-REJECT");
        steps.submit();
        assertThat(steps.errorSummary()).as("turning it down needs a reason").contains("There is a problem");
        steps.choose("decision-REJECT");
        steps.type("comments", "Keep the award as it is this year");
        steps.submit();

        JsonNode variation = partner.get("/api/v1/awards/" + awardId + "/variations").json().get(0);
        assertThat(variation.get("status").asText()).isEqualTo("REJECTED");
        assertThat(variation.get("decisions").findValuesAsText("decision")).containsExactly("RECOMMEND", "REJECT");
        assertThat(partner.get("/api/v1/awards/" + awardId).json().get("amountAwarded").decimalValue())
                .isEqualByComparingTo(awarded);
    }

    private static BigDecimal trancheOf(JsonNode award, long milestoneId) {
        for (JsonNode t : award.get("tranches")) {
            if (t.path("milestoneId").asLong() == milestoneId) {
                return t.get("amount").decimalValue();
            }
        }
        throw new AssertionError("no tranche for milestone " + milestoneId);
    }
}
