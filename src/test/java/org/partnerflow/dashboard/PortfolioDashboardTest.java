package org.partnerflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.Csv;
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
        assertThat(portfolio.at("/totals/awarded").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("450000.00"));
        assertThat(portfolio.at("/totals/offered").decimalValue()).as("Croydon's offer, not yet accepted")
                .isGreaterThanOrEqualTo(new java.math.BigDecimal("420000.00"));
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
    void rowsComeAPageAtATimeInTheSameOrderWithTheWholeProgrammesTotals() throws Exception {
        long hct = programmeId("HCT");
        Api funder = Api.demo(port, "funder");
        JsonNode all = funder.get("/api/v1/dashboard/portfolio?programmeId=" + hct + "&size=200").json();
        long total = all.at("/page/totalRows").asLong();
        assertThat(total).isEqualTo(all.get("partnerships").size()).isGreaterThanOrEqualTo(6);
        java.util.List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page * 4L < total; page++) {
            JsonNode one = funder.get("/api/v1/dashboard/portfolio?programmeId=" + hct + "&size=4&page=" + page).json();
            assertThat(one.get("partnerships").size()).isLessThanOrEqualTo(4);
            assertThat(one.at("/page/totalRows").asLong()).isEqualTo(total);
            assertThat(one.get("totals")).as("the totals are the programme's on every page").isEqualTo(all.get("totals"));
            assertThat(one.get("funds")).isEqualTo(all.get("funds"));
            one.get("partnerships").forEach(r -> paged.add(r.get("name").asText()));
        }
        assertThat(paged).isEqualTo(all.get("partnerships").findValuesAsText("name"));
        JsonNode beyond = funder.get("/api/v1/dashboard/portfolio?programmeId=" + hct + "&size=4&page=99").json();
        assertThat(beyond.get("partnerships")).isEmpty();

        for (String bad : new String[] {"page=-1", "size=0", "size=201"}) {
            Api.Response refused = funder.get("/api/v1/dashboard/portfolio?programmeId=" + hct + "&" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
        // the page: 25 rows a page by default; a second page links back to the first
        mvc.perform(get("/dashboard").param("programmeId", String.valueOf(hct)).param("page", "1")
                        .with(user(users.loadUserByUsername("funder"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("rel=\"prev\"")))
                .andExpect(content().string(Matchers.containsString("Page 2 of " + ((total + 24) / 25))));
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
                .andExpect(content().string(Matchers.containsString("Coventry")))
                .andExpect(content().string(Matchers.containsString("data-chart=\"line\"")))
                .andExpect(content().string(Matchers.containsString("Milestone timeline")));
        mvc.perform(get("/dashboard").param("programmeId", String.valueOf(hct)).param("rag", "GREEN").with(funder))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("match the filter")));
        String csv = mvc.perform(get("/dashboard/portfolio.csv").param("programmeId", String.valueOf(hct)).with(funder))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<List<String>> csvRows = Csv.parse(csv);
        assertThat(csvRows.get(0)).containsExactly("Partnership", "Award", "Status", "Awarded", "Released", "Spent",
                "Approved", "On track", "Due in 30 days", "Overdue", "Last learning review", "Collaboration health", "RAG");
        List<List<String>> fromCsv = csvRows.subList(1, csvRows.size()).stream().map(PortfolioDashboardTest::asShown)
                .toList();

        // The page shows the same rows, a page at a time, in the same order.
        List<List<String>> fromPage = new ArrayList<>();
        for (int page = 0; fromPage.size() < fromCsv.size() && page < 20; page++) {
            String html = mvc.perform(get("/dashboard").param("programmeId", String.valueOf(hct))
                    .param("page", String.valueOf(page)).with(funder)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Elements rows = Jsoup.parse(html).select("table[data-rows=partnerships] tbody tr");
            if (rows.isEmpty()) {
                break;
            }
            for (Element row : rows) {
                Elements cells = row.select("> th, > td");
                fromPage.add(List.of(cells.get(0).text(), cells.get(1).select("a").text(), cells.get(2).text(),
                        cells.get(3).text(), cells.get(4).text(), cells.get(5).text(), cells.get(6).text(),
                        cells.get(7).text()));
            }
        }
        assertThat(fromCsv).as("demo rows").hasSizeGreaterThanOrEqualTo(6).anyMatch(r -> r.get(7).equals("Red"));
        assertThat(fromPage).containsExactlyElementsOf(fromCsv);
        mvc.perform(get("/dashboard").with(user(users.loadUserByUsername("partner.croydon"))))
                .andExpect(status().isForbidden());
    }

    /** A CSV row as the page writes it: the page's eight columns, money in pounds, the date and counts in words. */
    private static List<String> asShown(List<String> csv) {
        DecimalFormat pounds = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String milestones = csv.get(6) + " approved, " + csv.get(7) + " on track, " + csv.get(8) + " due soon, "
                + csv.get(9) + " overdue";
        // Before the award starts its milestones are plans, not progress: the page says so instead of on track.
        if (csv.get(1).isEmpty()) {
            milestones = ""; // a partnership without an award has no milestones to speak of
        } else if (!List.of("ACTIVE", "SUSPENDED", "CLOSED", "TERMINATED").contains(csv.get(2))) {
            int planned = java.util.stream.IntStream.rangeClosed(6, 9).map(i -> Integer.parseInt(csv.get(i))).sum();
            milestones = "Not started: " + (planned == 0 ? "no milestones" : planned == 1 ? "1 milestone"
                    : planned + " milestones") + " planned";
        }
        String rag = csv.get(12).isEmpty() ? "" : csv.get(12).charAt(0) + csv.get(12).substring(1).toLowerCase(Locale.UK);
        String review = csv.get(10).isEmpty() ? ""
                : LocalDate.parse(csv.get(10)).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        java.util.function.Function<String, String> money = a -> a.isEmpty() ? "" : pounds.format(new BigDecimal(a));
        return List.of(csv.get(0), csv.get(1), money.apply(csv.get(3)), money.apply(csv.get(4)), milestones, review,
                csv.get(11), rag);
    }

    @Test
    void theRowsCanBeNarrowedByRagAndAwardStatusWhileTheTotalsStayTheProgrammes() {
        long hct = programmeId("HCT");
        Api funder = Api.demo(port, "funder");
        JsonNode all = funder.get("/api/v1/dashboard/portfolio?programmeId=" + hct).json();
        JsonNode red = funder.get("/api/v1/dashboard/portfolio?programmeId=" + hct + "&rag=RED").json();
        assertThat(red.get("partnerships").findValuesAsText("rag")).isNotEmpty().allMatch("RED"::equals);
        assertThat(red.get("totals")).isEqualTo(all.get("totals"));
        assertThat(red.at("/filter/rag").asText()).isEqualTo("RED");
        assertThat(red.at("/timeline/partnerships").findValuesAsText("name"))
                .containsExactlyElementsOf(red.get("partnerships").findValuesAsText("name"));
        JsonNode offered = funder.get("/api/v1/dashboard/portfolio?programmeId=" + hct + "&awardStatus=OFFERED").json();
        assertThat(offered.get("partnerships").findValuesAsText("awardStatus")).isNotEmpty().allMatch("OFFERED"::equals);

        Api.Response wrong = funder.get("/api/v1/dashboard/portfolio?programmeId=" + hct + "&rag=PURPLE");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("rag");
    }

    @Test
    void theFundsRunMonthByMonthAndTheTimelinePlacesEveryMilestoneInItsQuarter() {
        long hct = programmeId("HCT");
        JsonNode portfolio = Api.demo(port, "funder").get("/api/v1/dashboard/portfolio?programmeId=" + hct).json();
        JsonNode funds = portfolio.get("funds");
        assertThat(funds.size()).isGreaterThan(12);
        java.time.YearMonth previous = null;
        for (JsonNode month : funds) {
            java.time.YearMonth m = java.time.YearMonth.parse(month.get("month").asText());
            if (previous != null) {
                assertThat(m).isEqualTo(previous.plusMonths(1));
            }
            previous = m;
        }
        JsonNode coventry = null;
        for (JsonNode t : portfolio.at("/timeline/partnerships")) {
            if (t.get("name").asText().contains("Coventry")) {
                coventry = t;
            }
        }
        assertThat(coventry).isNotNull();
        int marks = 0;
        for (JsonNode quarter : coventry.get("quarters")) {
            marks += quarter.size();
        }
        JsonNode counts = row(portfolio, "Coventry").get("milestones");
        assertThat(marks).isEqualTo(counts.get("approved").asInt() + counts.get("onTrack").asInt()
                + counts.get("dueSoon").asInt() + counts.get("overdue").asInt());
        assertThat(coventry.get("quarters").size()).isEqualTo(portfolio.at("/timeline/quarters").size());
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
