package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Money follows the panel's decision from its page: the funder gives the budget by year and the tranches of a lower
 * award, or leaves the proposal's figures as they are and the lower award is shared in proportion; figures that do
 * not add up are refused on the page with nothing written, and a draft keeps them.
 */
@DemoAppTest
class DecisionMoneyPagesTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void aLowerAwardWithTheFundersOwnFiguresKeepsThemAndAMismatchIsRefusedWithNothingWritten() throws Exception {
        LocalDate start = LocalDate.now(ActiveAward.UK).plusMonths(2).withDayOfMonth(1);
        NewPartnership p = NewPartnership.create(port);
        long award = ActiveAward.assessed(port, p, start);
        String task = "/tasks/" + ActiveAward.taskId(Api.demo(port, "funder"), "decideAward", p);

        String page = send(get(task), "funder").getContentAsString();
        assertThat(page).contains("Budget by year", "Payment tranches",
                "Leave these as they are to share a lower award across the years and tranches in proportion.",
                "Year 1 (" + DAY.format(start) + " to " + DAY.format(start.plusYears(1).minusDays(1)) + ")",
                "Year 2 (" + DAY.format(start.plusYears(1)) + " to " + DAY.format(start.plusYears(2).minusDays(1)) + ")",
                "Tranche 1: Hubs open in the first neighbourhood, planned for " + DAY.format(start.plusMonths(6).minusDays(1)),
                "name=\"budgetByYear[1].amount\"", "value=\"150000.00\"", "name=\"trancheAmounts[2]\"",
                "The partnership asked for £150,000.00");

        MockHttpServletResponse mismatch = send(decision("240000.00", "100000.00", "100000.00",
                "80000.00", "80000.00", "80000.00").sentTo(task), "funder");
        assertThat(mismatch.getStatus()).isEqualTo(400);
        assertThat(mismatch.getContentAsString()).contains("There is a problem", "href=\"#budgetByYear\"",
                "Budget by year must add up to amount awarded (£240,000.00); the years add up to £200,000.00",
                "value=\"240000.00\"", "value=\"80000.00\"");
        JsonNode unchanged = awardJson(award);
        assertThat(unchanged.get("status").asText()).isEqualTo("UNDER_ASSESSMENT");
        assertThat(amounts(unchanged.get("budgetByYear"))).containsExactly("150000.00", "150000.00");
        assertThat(amounts(unchanged.get("tranches"))).containsExactly("100000.00", "100000.00", "100000.00");
        assertThat(Api.demo(port, "funder").get("/api/v1/tasks?taskDefinitionKey=decideAward&partnershipId="
                + p.partnershipId()).json()).as("the task is still open").hasSize(1);

        // A draft keeps each year's figure against its own year, an emptied year too.
        MockHttpServletResponse draft = send(post(task).param("_draft", "save").param("decision", "APPROVE")
                .param("amountAwarded", "240000.00")
                .param("budgetByYear[0].year", "1").param("budgetByYear[0].amount", "")
                .param("budgetByYear[1].year", "2").param("budgetByYear[1].amount", "123456.78")
                .param("trancheAmounts[0]", "70000.00").param("trancheAmounts[1]", "80000.00")
                .param("trancheAmounts[2]", "90000.00"), "funder");
        assertThat(draft.getStatus()).isEqualTo(302);
        String reopened = send(get(task), "funder").getContentAsString();
        assertThat(inputValue(reopened, "budgetByYear[0].amount")).isEmpty();
        assertThat(inputValue(reopened, "budgetByYear[1].amount")).isEqualTo("123456.78");
        assertThat(inputValue(reopened, "trancheAmounts[2]")).isEqualTo("90000.00");

        MockHttpServletResponse approved = send(decision("240000.00", "£100,000.00", "140000",
                "70000.00", "80000.00", "90000.00").sentTo(task), "funder");
        assertThat(approved.getStatus()).as(approved.getContentAsString()).isEqualTo(302);
        JsonNode decided = awardJson(award);
        assertThat(decided.get("status").asText()).isEqualTo("OFFERED");
        assertThat(decided.get("amountAwarded").decimalValue()).isEqualByComparingTo("240000.00");
        assertThat(amounts(decided.get("budgetByYear"))).containsExactly("100000.00", "140000.00");
        assertThat(amounts(decided.get("tranches"))).containsExactly("70000.00", "80000.00", "90000.00");
    }

    @Test
    void aLowerAwardWithTheProposalsFiguresLeftAsTheyAreIsSharedInProportion() throws Exception {
        NewPartnership p = NewPartnership.create(port);
        long award = ActiveAward.assessed(port, p, LocalDate.now(ActiveAward.UK).plusMonths(2).withDayOfMonth(1));
        String task = "/tasks/" + ActiveAward.taskId(Api.demo(port, "funder"), "decideAward", p);
        String page = send(get(task), "funder").getContentAsString();
        // Sent back exactly as the page filled them in: the proposal's own figures.
        Form form = new Form("270000.00", inputValue(page, "budgetByYear[0].amount"),
                inputValue(page, "budgetByYear[1].amount"), inputValue(page, "trancheAmounts[0]"),
                inputValue(page, "trancheAmounts[1]"), inputValue(page, "trancheAmounts[2]"));
        assertThat(form.budget()).containsExactly("150000.00", "150000.00");

        MockHttpServletResponse approved = send(form.sentTo(task), "funder");
        assertThat(approved.getStatus()).as(approved.getContentAsString()).isEqualTo(302);
        JsonNode decided = awardJson(award);
        assertThat(decided.get("amountAwarded").decimalValue()).isEqualByComparingTo("270000.00");
        assertThat(amounts(decided.get("budgetByYear"))).containsExactly("135000.00", "135000.00");
        assertThat(amounts(decided.get("tranches"))).containsExactly("90000.00", "90000.00", "90000.00");
    }

    /** The decideAward form as a funder fills it in to approve: the amount, two budget years and three tranches. */
    record Form(String amount, String year1, String year2, String tranche1, String tranche2, String tranche3) {

        List<String> budget() {
            return List.of(year1, year2);
        }

        MockHttpServletRequestBuilder sentTo(String task) {
            return post(task).param("decision", "APPROVE").param("amountAwarded", amount)
                    .param("budgetByYear[0].year", "1").param("budgetByYear[0].amount", year1)
                    .param("budgetByYear[1].year", "2").param("budgetByYear[1].amount", year2)
                    .param("trancheAmounts[0]", tranche1).param("trancheAmounts[1]", tranche2)
                    .param("trancheAmounts[2]", tranche3).param("conditions", "Report progress every quarter.");
        }
    }

    private static Form decision(String amount, String year1, String year2, String t1, String t2, String t3) {
        return new Form(amount, year1, year2, t1, t2, t3);
    }

    private JsonNode awardJson(long award) {
        return Api.demo(port, "funder").get("/api/v1/awards/" + award).json();
    }

    private static List<String> amounts(JsonNode rows) {
        List<String> amounts = new ArrayList<>();
        rows.forEach(r -> amounts.add(r.get("amount").decimalValue().setScale(2).toPlainString()));
        return amounts;
    }

    /** The value attribute of the input with this name on a page. */
    private static String inputValue(String page, String name) {
        java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*name=\"" + java.util.regex.Pattern
                .quote(name) + "\"[^>]*>").matcher(page);
        assertThat(input.find()).as("an input named " + name).isTrue();
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : "";
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    }
}
