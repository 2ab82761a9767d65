package org.partnerflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.Money;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The partner home as GET /api/v1/dashboard/partner and as the partner's home page, checked against the award,
 * task, learning and case-study APIs on the demo data. Other classes share the demo context and may add data, so the
 * checks are relations between the APIs rather than totals.
 */
@DemoAppTest
class PartnerHomeDashboardTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void aPartnersMoneyIsTheirAwardsMoneyWithReleasedTheSumOfReleasedTranches() {
        JsonNode money = only(home("partner.gwent")).get("money");
        JsonNode award = Api.demo(port, "partner.gwent").get("/api/v1/awards/" + money.get("awardId").asLong()).json();
        assertThat(money.get("awardReference").asText()).isEqualTo(award.get("reference").asText());
        assertThat(money.get("awardStatus").asText()).isEqualTo(award.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(money.get("awarded").decimalValue()).isEqualByComparingTo(award.get("amountAwarded").decimalValue());
        assertThat(money.get("released").decimalValue()).isEqualByComparingTo(award.get("amountReleased").decimalValue())
                .isEqualByComparingTo(sumOfReleasedTranches(award)).isPositive(); // Gwent's first tranche is paid
        assertThat(money.get("spent").decimalValue()).isEqualByComparingTo(award.get("amountSpent").decimalValue());
        assertThat(money.get("toBeReleased").decimalValue())
                .isEqualByComparingTo(award.get("remainingToRelease").decimalValue())
                .isEqualByComparingTo(money.get("awarded").decimalValue().subtract(money.get("released").decimalValue()));
        JsonNode firstUnpaid = null;
        for (JsonNode t : award.get("tranches")) {
            if (!t.get("status").asText().equals("RELEASED") && (firstUnpaid == null
                    || LocalDate.parse(t.get("plannedDate").asText()).isBefore(LocalDate.parse(firstUnpaid.get("plannedDate").asText())))) {
                firstUnpaid = t;
            }
        }
        assertThat(firstUnpaid).isNotNull();
        assertThat(money.at("/nextTranche/id").asLong()).isEqualTo(firstUnpaid.get("id").asLong());
        assertThat(money.at("/nextTranche/amount").decimalValue()).isEqualByComparingTo(firstUnpaid.get("amount").decimalValue());
    }

    @Test
    void nextMilestonesAreTheAwardsUnapprovedOnesSoonestFirstWithTheirTranches() {
        JsonNode section = only(home("partner.coventry"));
        JsonNode award = Api.demo(port, "partner.coventry")
                .get("/api/v1/awards/" + section.at("/money/awardId").asLong()).json();
        Map<Long, JsonNode> unapproved = new HashMap<>();
        award.get("milestones").forEach(m -> {
            if (!m.get("status").asText().equals("APPROVED")) {
                unapproved.put(m.get("id").asLong(), m);
            }
        });
        Map<Long, BigDecimal> trancheOf = new HashMap<>();
        award.get("tranches").forEach(t -> {
            if (!t.get("milestoneId").isNull()) {
                trancheOf.put(t.get("milestoneId").asLong(), t.get("amount").decimalValue());
            }
        });
        JsonNode next = section.get("nextMilestones");
        assertThat(next.size()).isEqualTo(Math.min(5, unapproved.size())).isPositive();
        List<LocalDate> dueDates = new ArrayList<>();
        for (JsonNode m : next) {
            JsonNode planned = unapproved.get(m.get("id").asLong());
            assertThat(planned).as("milestone %s belongs to the award and is not approved", m.get("id")).isNotNull();
            assertThat(m.get("dueDate").asText()).isEqualTo(planned.get("dueDate").asText());
            assertThat(m.get("trancheAmount").decimalValue()).isEqualByComparingTo(trancheOf.get(m.get("id").asLong()));
            dueDates.add(LocalDate.parse(m.get("dueDate").asText()));
        }
        assertThat(dueDates).isSorted();
        // Coventry's first milestone fell due in October 2026 without evidence
        assertThat(next.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(next.get(0).get("daysUntilDue").asLong()).isNegative();
    }

    @Test
    void theTaskCountsAreTheTaskListsAndTheMostUrgentAreItsFirstPage() {
        Api coventry = Api.demo(port, "partner.coventry");
        JsonNode tasks = only(home("partner.coventry")).get("tasks");
        JsonNode list = coventry.get("/api/v1/tasks?size=200").json();
        assertThat(tasks.get("open").asInt()).isEqualTo(list.size()).isPositive();
        assertThat(tasks.get("overdue").asInt()).isEqualTo(coventry.get("/api/v1/tasks?overdue=true&size=200").json().size());
        List<String> urgent = tasks.get("mostUrgent").findValuesAsText("id");
        assertThat(urgent).hasSize(Math.min(5, list.size()));
        for (int i = 0; i < urgent.size(); i++) {
            assertThat(urgent.get(i)).isEqualTo(list.get(i).get("id").asText());
        }
    }

    @Test
    void learningReviewsToComeAreThoseNotSignedOffAndTheLastSignedOffIsTheLatest() {
        JsonNode section = only(home("partner.coventry"));
        JsonNode all = Api.demo(port, "partner.coventry")
                .get("/api/v1/partnerships/" + section.at("/partnership/id").asLong() + "/learning-reviews").json();
        JsonNode latestSignedOff = null;
        List<Long> notSignedOff = new ArrayList<>();
        for (JsonNode r : all) { // soonest first
            if (r.get("status").asText().equals("SIGNED_OFF")) {
                latestSignedOff = r;
            } else {
                notSignedOff.add(r.get("id").asLong());
            }
        }
        assertThat(latestSignedOff).isNotNull(); // the demo signs off Coventry's first two reviews
        assertThat(section.at("/lastSignedOffReview/id").asLong()).isEqualTo(latestSignedOff.get("id").asLong());
        assertThat(section.get("nextLearningReviews").findValues("id").stream().map(JsonNode::asLong).toList())
                .isEqualTo(notSignedOff.subList(0, Math.min(5, notSignedOff.size())));
    }

    @Test
    void greenwichSeesItsPublishedCaseStudy() {
        JsonNode caseStudy = only(home("partner.greenwich")).get("caseStudy");
        assertThat(caseStudy.isNull()).isFalse();
        JsonNode latest = Api.anonymous(port).get("/api/v1/case-studies/" + caseStudy.get("slug").asText()).json();
        assertThat(caseStudy.get("version").asInt()).isEqualTo(latest.get("version").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(caseStudy.get("title").asText()).isEqualTo(latest.get("title").asText());
    }

    @Test
    void aPartnerCannotReadAnotherPartnershipsHomeAndStaffAndAnonymousCannotReadOne() {
        long coventry = only(home("partner.coventry")).at("/partnership/id").asLong();
        Api croydon = Api.demo(port, "partner.croydon");
        Api.Response other = croydon.get("/api/v1/dashboard/partner?partnershipId=" + coventry);
        Api.Response missing = croydon.get("/api/v1/dashboard/partner?partnershipId=999999");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("Coventry");
        assertThat(missing.status()).isEqualTo(404); // the same answer whether the partnership exists or not
        assertThat(Api.demo(port, "partner.coventry").get("/api/v1/dashboard/partner?partnershipId=" + coventry).json()
                .get("partnerships")).hasSize(1);
        assertThat(Api.demo(port, "manager").get("/api/v1/dashboard/partner").status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/v1/dashboard/partner").status()).isEqualTo(401);
    }

    @Test
    void thePartnersHomePageShowsTheSameMoneyAsTheApi() throws Exception {
        JsonNode section = only(home("partner.gwent"));
        JsonNode money = section.get("money");
        mvc.perform(get("/").with(user(users.loadUserByUsername("partner.gwent"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Our tasks")))
                .andExpect(content().string(containsString("Next milestones")))
                .andExpect(content().string(containsString("Learning reviews")))
                .andExpect(content().string(containsString("Our case study")))
                .andExpect(content().string(containsString("data-chart-title=\"Our grant\"")))
                .andExpect(content().string(containsString(money.get("awardReference").asText())))
                .andExpect(content().string(containsString(
                        "data-value=\"" + money.get("awarded").decimalValue().setScale(2).toPlainString() + "\"")))
                .andExpect(content().string(containsString(Money.format(money.get("awarded").decimalValue()))))
                .andExpect(content().string(containsString(Money.format(money.get("released").decimalValue()))))
                .andExpect(content().string(containsString(Money.format(money.get("toBeReleased").decimalValue()))))
                .andExpect(content().string(containsString(
                        Money.format(section.at("/nextMilestones/0/trancheAmount").decimalValue()))));
    }

    @Test
    void staffKeepTheirHomePage() throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername("manager"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What needs you now")))
                .andExpect(content().string(not(containsString("Our money"))));
    }

    private JsonNode home(String username) {
        Api.Response response = Api.demo(port, username).get("/api/v1/dashboard/partner");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode only(JsonNode home) {
        assertThat(home.get("partnerships")).hasSize(1);
        return home.get("partnerships").get(0);
    }

    private static BigDecimal sumOfReleasedTranches(JsonNode award) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode t : award.get("tranches")) {
            if (t.get("status").asText().equals("RELEASED")) {
                sum = sum.add(t.get("amount").decimalValue());
            }
        }
        return sum;
    }
}
