package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.partnerflow.support.Api;
import org.partnerflow.support.Axe;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 24 item 8, in a real headless Chromium: a programme manager creates a programme, gives it criteria and an
 * open round (each form refusing bad input with an error summary first), adds a partnership; its partner starts an
 * application from the partnership's page and lands on the proposal's task; the manager then edits the partnership.
 * Every new page passes axe.
 */
@DemoAppTest
class ProgrammeToApplicationBrowserTest {

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
    void aNewProgrammeGetsCriteriaAndARoundAndItsPartnerStartsAnApplication() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        steps.signIn("manager", "demo");
        steps.go("/programmes/new");
        type("code", "RND-" + tag);
        type("title", "Rounds programme " + tag);
        type("funder-name", "Rounds Funder " + tag);
        type("funder-orgId", "360G-RND" + tag);
        type("totalBudget", "900000");
        type("awardCap", "300000");
        type("maxDurationMonths", "24");
        type("learningReviewCadenceMonths", "6");
        submit();
        assertThat(heading()).isEqualTo("Rounds programme " + tag);
        assertThat(main()).contains("Community voice and power", "No application rounds");
        String programmePath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");

        Browser.follow(browser, browser.findElement(By.linkText("Change the assessment criteria")));
        assertThat(heading()).isEqualTo("Assessment criteria for Rounds programme " + tag);
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
        type("criteria-0-name", "Residents' power");
        type("criteria-0-guidance", "Residents decide, not only advise.");
        type("criteria-0-weight", "7");
        for (int i = 1; i < 5; i++) {
            type("criteria-" + i + "-name", "");
        }
        submit();
        assertThat(errorSummary()).contains("weight must be from 1 to 5");
        assertThat(browser.findElement(By.id("criteria-0-name")).getAttribute("value")).isEqualTo("Residents' power");
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
        type("criteria-0-weight", "3");
        submit();
        assertThat(heading()).isEqualTo("Rounds programme " + tag);
        assertThat(successPanel()).contains("criteria");
        assertThat(main()).contains("Residents decide, not only advise.").doesNotContain("Community voice and power");

        Browser.follow(browser, browser.findElement(By.linkText("Add an application round")));
        assertThat(heading()).isEqualTo("Add an application round");
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
        type("title", "Round 1");
        date("opensOn", today.plusDays(10));
        date("closesOn", today.plusDays(3));
        type("assessorsPerProposal", "2");
        submit();
        assertThat(errorSummary()).contains("Closes on must be after the day it opens");
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
        date("opensOn", today.minusDays(1));
        date("closesOn", today.plusDays(30));
        submit();
        assertThat(heading()).isEqualTo("Rounds programme " + tag);
        assertThat(main()).contains("Round 1", "Open now", BrowserSteps.date(today.plusDays(30)));

        Browser.follow(browser, browser.findElement(By.linkText("Add a partnership")));
        type("name", "Rounds partnership " + tag);
        type("place", "Roundton");
        type("leadOrganisation-name", "Roundton Voluntary Action " + tag);
        new Select(browser.findElement(By.id("leadOrganisation-type"))).selectByValue("VCSE");
        type("leadOrganisation-orgId", "GB-CHC-RND" + tag);
        submit();
        assertThat(heading()).isEqualTo("Rounds partnership " + tag);
        String partnershipPath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");
        long partnershipId = Long.parseLong(partnershipPath.replaceAll("\\D", ""));

        String username = "partner.rounds" + tag.toLowerCase();
        Api.Response user = Api.demo(port, "admin").post("/api/v1/users", Map.of("username", username,
                "displayName", "Rae Rounds", "email", username + "@example.org", "password", "rounds-password-1",
                "roles", List.of("PARTNER"), "partnershipIds", List.of(partnershipId)));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);

        steps.signOut();
        steps.signIn(username, "rounds-password-1");
        steps.go("/awards");
        assertThat(main()).doesNotContain("POST /api/v1/awards");
        steps.go(partnershipPath);
        Browser.follow(browser, browser.findElement(By.linkText("Start an application")));
        assertThat(heading()).isEqualTo("Start an application");
        assertThat(main()).contains("Round 1 is open for applications until " + BrowserSteps.date(today.plusDays(30)));
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
        Browser.follow(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("/tasks/");
        assertThat(heading()).contains("Submit proposal");

        steps.go(partnershipPath + "/application");
        assertThat(main()).contains("already has an award in progress");
        assertThat(browser.findElements(By.cssSelector("main form button[type=submit]"))).isEmpty();

        steps.signOut();
        steps.signIn("manager", "demo");
        steps.go(programmePath + "/panel");
        assertThat(heading()).isEqualTo("Proposals waiting for the panel");
        assertThat(main()).contains("No proposal is waiting for a decision");
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
        steps.go(partnershipPath + "/edit");
        type("name", "Edited rounds partnership " + tag);
        submit();
        assertThat(heading()).isEqualTo("Edited rounds partnership " + tag);
    }

    private void date(String field, LocalDate date) {
        type(field, String.valueOf(date.getDayOfMonth()));
        type(field + "-month", String.valueOf(date.getMonthValue()));
        type(field + "-year", String.valueOf(date.getYear()));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        Browser.follow(browser, browser.findElement(By.cssSelector("main form.pf-form button[type=submit]")));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private String errorSummary() {
        return browser.findElement(By.cssSelector(".pf-error-summary")).getText();
    }

    private String successPanel() {
        return browser.findElement(By.cssSelector("[role=status]")).getText();
    }
}
