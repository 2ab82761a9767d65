package org.partnerflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's money is the database's money: for every programme, the portfolio's totals equal the sums of the
 * awards, disbursements and spend returns as stored, and the funds chart adds up to the same totals. Checked on
 * PostgreSQL with the demo data (which includes a released tranche) plus a spend return made through the API.
 */
@PostgresDemoAppTest
class PortfolioTotalsOnPostgresTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theDashboardTotalsEqualTheSumsInTheDatabase() {
        Api funder = Api.demo(port, "funder");
        long gwentAward = jdbc.queryForObject("""
                select a.id from award a join partnership p on p.id = a.partnership_id
                where p.place = 'Gwent' and a.status = 'ACTIVE'""", Long.class);
        assertThat(Api.demo(port, "partner.gwent").post("/api/v1/awards/" + gwentAward + "/spend-returns",
                Map.of("year", 1, "amountSpent", "61234.56", "narrative", "Year one")).status()).isEqualTo(200);

        int programmesWithReleases = 0;
        for (JsonNode programme : funder.get("/api/v1/programmes").json()) {
            long id = programme.get("id").asLong();
            JsonNode portfolio = funder.get("/api/v1/dashboard/portfolio?programmeId=" + id).json();
            JsonNode totals = portfolio.get("totals");

            assertThat(totals.get("awarded").decimalValue()).as("awarded: accepted awards").isEqualByComparingTo(sum("""
                    select sum(amount_awarded) from award
                    where programme_id = ? and status in ('ACTIVE', 'SUSPENDED', 'CLOSED', 'TERMINATED')""", id));
            assertThat(totals.get("offered").decimalValue()).as("offered: offers not yet accepted")
                    .isEqualByComparingTo(sum("select sum(amount_awarded) from award where programme_id = ? and status = 'OFFERED'", id));
            BigDecimal inThe360File = BigDecimal.ZERO;
            for (JsonNode grant : funder.get("/api/v1/export/360giving.json?programmeId=" + id).json().get("grants")) {
                inThe360File = inThe360File.add(grant.get("amountAwarded").decimalValue());
            }
            assertThat(totals.get("awarded").decimalValue()).as("awarded reconciles with the 360Giving file")
                    .isEqualByComparingTo(inThe360File);
            BigDecimal released = sum("""
                    select sum(d.amount) from disbursement d join award a on a.id = d.award_id
                    where a.programme_id = ?""", id);
            assertThat(totals.get("released").decimalValue()).as("released").isEqualByComparingTo(released);
            assertThat(totals.get("spent").decimalValue()).as("spent").isEqualByComparingTo(sum("""
                    select sum(s.amount_spent) from spend_return s join award a on a.id = s.award_id
                    where a.programme_id = ?""", id));
            assertThat(totals.get("remaining").decimalValue()).as("remaining")
                    .isEqualByComparingTo(totals.get("budget").decimalValue().subtract(totals.get("awarded").decimalValue())
                            .subtract(totals.get("offered").decimalValue()));

            BigDecimal rowsReleased = BigDecimal.ZERO;
            for (JsonNode row : portfolio.get("partnerships")) {
                rowsReleased = rowsReleased.add(row.path("amountReleased").decimalValue());
            }
            assertThat(rowsReleased).as("rows add up to the released total").isEqualByComparingTo(released);

            JsonNode funds = portfolio.get("funds");
            BigDecimal planned = sum("""
                    select sum(t.amount) from payment_tranche t join award a on a.id = t.award_id
                    where a.programme_id = ? and a.status in ('OFFERED', 'ACTIVE', 'CLOSED')""", id);
            BigDecimal chartPlanned = funds.isEmpty() ? BigDecimal.ZERO
                    : funds.get(funds.size() - 1).get("plannedToDate").decimalValue();
            BigDecimal chartReleased = funds.isEmpty() ? BigDecimal.ZERO
                    : funds.get(funds.size() - 1).get("releasedToDate").decimalValue();
            assertThat(chartPlanned).as("planned to date at the end of the chart").isEqualByComparingTo(planned);
            assertThat(chartReleased).as("released to date at the end of the chart").isEqualByComparingTo(released);
            if (released.signum() > 0) {
                programmesWithReleases++;
            }
        }
        assertThat(programmesWithReleases).as("the demo data releases money somewhere").isPositive();
    }

    private BigDecimal sum(String sql, long programmeId) {
        BigDecimal sum = jdbc.queryForObject(sql, BigDecimal.class, programmeId);
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
