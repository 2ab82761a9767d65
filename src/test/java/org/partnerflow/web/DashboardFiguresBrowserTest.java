package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerflow.shared.Money;
import org.partnerflow.support.Api;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the dashboards show in the browser is what the API gives other tools: the funder's totals and rows for
 * every programme, the chart drawn from its table, and the manager's task and overdue counts.
 */
@DemoAppTest
class DashboardFiguresBrowserTest {

    @LocalServerPort int port;
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
    void theFundersDashboardShowsTheApisFiguresForEveryProgramme() {
        Api api = Api.demo(port, "funder");
        steps.signIn("funder", "demo");
        for (JsonNode programme : api.get("/api/v1/programmes").json()) {
            JsonNode portfolio = api.get("/api/v1/dashboard/portfolio?programmeId=" + programme.get("id").asText()).json();
            steps.go("/dashboard?programmeId=" + programme.get("id").asText());

            Map<String, String> summary = new HashMap<>();
            for (WebElement row : browser.findElements(By.cssSelector(".pf-summary-list__row"))) {
                summary.put(row.findElement(By.tagName("dt")).getText(), row.findElement(By.tagName("dd")).getText());
            }
            JsonNode totals = portfolio.get("totals");
            assertThat(summary).containsEntry("Budget", Money.format(totals.get("budget").decimalValue()))
                    .containsEntry("Awarded", Money.format(totals.get("awarded").decimalValue()))
                    .containsEntry("Released", Money.format(totals.get("released").decimalValue()))
                    .containsEntry("Spent (reported)", Money.format(totals.get("spent").decimalValue()))
                    .containsEntry("Offered, not yet accepted", Money.format(totals.get("offered").decimalValue()))
                    .containsEntry("Not yet awarded or offered", Money.format(totals.get("remaining").decimalValue()));

            List<WebElement> rows = browser.findElements(By.cssSelector("table[data-rows=partnerships] tbody tr"));
            assertThat(rows).hasSize(portfolio.get("partnerships").size());
            for (int i = 0; i < rows.size(); i++) {
                JsonNode expected = portfolio.get("partnerships").get(i);
                List<WebElement> cells = rows.get(i).findElements(By.cssSelector("th, td"));
                assertThat(cells.get(0).getText()).isEqualTo(expected.get("name").asText());
                JsonNode awarded = expected.path("amountAwarded");
                assertThat(cells.get(2).getText()).isEqualTo(awarded.isNull() ? "" : Money.format(awarded.decimalValue()));
                String rag = expected.path("rag").asText(""); // RED in the API, Red on the page
                assertThat(cells.get(7).getText()).isEqualTo(rag.isEmpty() ? "" : rag.charAt(0) + rag.substring(1).toLowerCase());
            }

            JsonNode funds = portfolio.get("funds");
            if (!funds.isEmpty()) {
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> !d.findElements(By.cssSelector("table[data-chart-drawn=true]")).isEmpty());
                assertThat(browser.findElements(By.cssSelector(".pf-chart canvas"))).isNotEmpty();
            }
            Browser.screenshotFullPage(browser, "dashboard-figures-" + programme.get("code").asText());
        }
    }

    @Test
    void theManagersDashboardCountsWhatTheApiCounts() {
        JsonNode manager = Api.demo(port, "manager").get("/api/v1/dashboard/manager").json();
        steps.signIn("manager", "demo");
        steps.go("/dashboard/manager");
        String page = browser.findElement(By.tagName("main")).getText();
        int open = manager.at("/openTasks/total").asInt();
        int overdue = manager.at("/overdue/total").asInt();
        assertThat(page).contains(open + (open == 1 ? " open task" : " open tasks"))
                .contains(overdue + " overdue");
    }


}
