package org.partnerflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The portfolio of the demo programme, as JSON for funders and as the dashboard page and its CSV. */
@DemoAppTest
class PortfolioDashboardTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void aFunderReadsTheDemoPortfolioWithMoneyMilestonesAndRag() {
        long hct = programmeId("HCT");
        JsonNode portfolio = Api.demo(port, "funder").get("/api/v1/dashboard/portfolio?programmeId=" + hct).json();
        assertThat(portfolio.at("/programme/title").asText()).isEqualTo("Healthy Communities Together");
        assertThat(portfolio.at("/totals/budget").decimalValue()).isEqualByComparingTo("2700000.00");
        assertThat(portfolio.at("/totals/awarded").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("870000.00"));
        // other test classes share this demo context and may add partnerships to the programme
        assertThat(portfolio.get("partnerships").findValuesAsText("name")).hasSizeGreaterThanOrEqualTo(6)
                .anyMatch(n -> n.contains("Greenwich"));
        JsonNode coventry = row(portfolio, "Coventry");
        assertThat(coventry.get("amountAwarded").decimalValue()).isEqualByComparingTo("450000.00");
        assertThat(coventry.at("/milestones/overdue").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(coventry.get("rag").asText()).isEqualTo("RED");
        assertThat(coventry.get("lastLearningReviewOn").asText()).isNotBlank();
        assertThat(row(portfolio, "Plymouth").get("rag").isNull()).isTrue(); // no active award yet
    }

    @Test
    void partnersAndAnonymousCallersCannotReadThePortfolio() {
        long hct = programmeId("HCT");
        assertThat(Api.demo(port, "partner.croydon").get("/api/v1/dashboard/portfolio?programmeId=" + hct).status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/v1/dashboard/portfolio?programmeId=" + hct).status()).isEqualTo(401);
        assertThat(Api.demo(port, "funder").get("/api/v1/dashboard/portfolio?programmeId=999999").status())
                .isEqualTo(404);
    }

    @Test
    void theDashboardPageAndItsCsvShowTheSameRows() throws Exception {
        long hct = programmeId("HCT");
        var funder = user(users.loadUserByUsername("funder"));
        mvc.perform(get("/dashboard").param("programmeId", String.valueOf(hct)).with(funder))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("£2,700,000.00")))
                .andExpect(content().string(Matchers.containsString("Coventry")));
        mvc.perform(get("/dashboard/portfolio.csv").param("programmeId", String.valueOf(hct)).with(funder))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith("Partnership,Award,Status")))
                .andExpect(content().string(Matchers.containsString("RED")));
        mvc.perform(get("/dashboard").with(user(users.loadUserByUsername("partner.croydon"))))
                .andExpect(status().isForbidden());
    }

    private long programmeId(String code) {
        for (JsonNode p : Api.demo(port, "manager").get("/api/v1/programmes").json()) {
            if (p.get("code").asText().equals(code)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    private static JsonNode row(JsonNode portfolio, String place) {
        for (JsonNode r : portfolio.get("partnerships")) {
            if (r.get("name").asText().contains(place)) {
                return r;
            }
        }
        throw new AssertionError(place);
    }
}
