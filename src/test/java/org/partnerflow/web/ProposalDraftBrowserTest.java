package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.partnerflow.support.Api;
import org.partnerflow.support.Axe;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A partnership writes its proposal over two sittings without JavaScript's help: saves a draft, comes back to it,
 * adds a milestone with Add another, types a date that does not exist and is told which, then submits. Every page
 * on the way passes axe and fits a 320px screen.
 */
@DemoAppTest
class ProposalDraftBrowserTest {

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
    void aProposalSavedAsADraftIsResumedGrownByAMilestoneAndSubmitted() {
        NewPartnership p = NewPartnership.create(port);
        Api partner = p.partnerApi(port);
        String task = TaskDraftsThroughTheApiTest.proposalTask(p, partner);
        String reference = partner.get("/api/v1/tasks/" + task).json().get("businessKey").asText();

        steps.signIn(p.username(), p.password());
        steps.openTask(p.name(), reference, "Submit proposal", null);
        steps.type("summary", "Residents in two neighbourhoods run their own health hubs.");
        steps.type("amountRequested", "300000.00");
        date("startDate", "1", "4", "2027");
        steps.type("durationMonths", "24");
        steps.type("milestones[0].title", "Hubs open in the first neighbourhood");
        Browser.follow(browser, browser.findElement(By.xpath("//button[contains(@class, 'pf-button--secondary') and normalize-space()='Save as draft']")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Draft saved at ");
        assertThat(Axe.seriousOrCritical(browser)).as("the draft saved").isEmpty();
        Browser.screenshotFullPage(browser, "proposal-draft-1-saved");

        // Another sitting: the task list, then the task again, which starts from the draft.
        steps.openTask(p.name(), reference, "Submit proposal", null);
        assertThat(steps.main()).contains("This form starts from the draft saved at", "by " + p.username());
        assertThat(steps.value("summary")).isEqualTo("Residents in two neighbourhoods run their own health hubs.");
        assertThat(steps.value("startDate.day")).isEqualTo("1");
        assertThat(steps.value("startDate.month")).isEqualTo("4");
        assertThat(steps.value("milestones[0].title")).isEqualTo("Hubs open in the first neighbourhood");
        assertThat(browser.findElements(By.name("milestones[1].title"))).isEmpty();

        // Enter in a box saves the draft (the form's first button), never removes a row or submits.
        browser.findElement(By.name("milestones[0].title")).sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(
                d -> !d.findElements(By.cssSelector("[role=status]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Draft saved at ");

        Browser.follow(browser, browser.findElement(By.xpath("//button[normalize-space()='Add another milestone']")));
        assertThat(browser.getCurrentUrl()).endsWith("#milestones-1");
        assertThat(steps.value("milestones[1].title")).isEmpty();
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Remove Milestone 2']"))).hasSize(1);
        steps.type("budgetByYear[0].amount", "150000.00");
        steps.type("budgetByYear[1].amount", "150000.00");
        date("milestones[0].dueDate", "30", "9", "2027");
        steps.type("milestones[0].trancheAmount", "150000.00");
        steps.type("milestones[1].title", "Residents' review of the hubs");
        date("milestones[1].dueDate", "31", "2", "2029");
        steps.type("milestones[1].trancheAmount", "150000.00");
        assertThat(Axe.seriousOrCritical(browser)).as("two milestones").isEmpty();
        assertThat(steps.overflowAt320Pixels()).as("the form fits a 320px screen").isLessThanOrEqualTo(0);
        Browser.screenshotFullPage(browser, "proposal-draft-2-two-milestones");

        steps.submit();
        assertThat(steps.errorSummary()).contains("Milestone 2, due date must be a real date");
        assertThat(browser.findElement(By.linkText("Milestone 2, due date must be a real date, such as 31 3 2027"))
                .getAttribute("href")).endsWith("#milestones-1-dueDate");
        assertThat(steps.value("milestones[1].dueDate.day")).isEqualTo("31");
        assertThat(Axe.seriousOrCritical(browser)).as("the date error").isEmpty();
        Browser.screenshotFullPage(browser, "proposal-draft-3-date-error");

        date("milestones[1].dueDate", "31", "3", "2029");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Proposal submitted");
        assertThat(partner.get("/api/v1/tasks/" + task).status()).as("completed").isEqualTo(409);
    }

    private void date(String name, String day, String month, String year) {
        steps.type(name + ".day", day);
        steps.type(name + ".month", month);
        steps.type(name + ".year", year);
    }
}
