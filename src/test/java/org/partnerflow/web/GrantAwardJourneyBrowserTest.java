package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.partnerflow.support.Api;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grant award from proposal to active award, done through the pages by the people who do it: the partnership
 * submits (and fixes a plan whose tranches do not add up), the assessor scores, the funder approves, the
 * partnership accepts. A partner of another partnership cannot open its tasks.
 */
@DemoAppTest
class GrantAwardJourneyBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aProposalSubmittedAssessedApprovedAndAcceptedThroughThePagesMakesAnActiveAward() {
        NewPartnership p = NewPartnership.create(port);
        Api.Response started = p.partnerApi(port).post("/api/v1/awards", Map.of("partnershipId", p.partnershipId()));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String reference = started.json().get("reference").asText();
        String submitTask = taskId(p.partnerApi(port), "submitProposal");

        signIn("partner.croydon", "demo");
        browser.get(url("/tasks/" + submitTask));
        assertThat(heading()).isEqualTo("Page not found");
        assertThat(browser.getPageSource()).doesNotContain(p.name()).doesNotContain(reference);
        signOut();

        signIn(p.username(), p.password());
        assertThat(browser.findElement(By.cssSelector("[aria-labelledby^=tasks-heading]")).getText())
                .contains("1 open task", "Submit proposal");
        Browser.screenshot(browser, "journey-0-partner-home");
        Browser.navigate(browser, "Tasks");
        assertThat(heading()).isEqualTo("Your tasks");
        assertThat(rowOf(reference).getText()).contains("Submit proposal", p.name(), "Not claimed");
        Browser.screenshot(browser, "journey-1-partner-tasks");
        rowOf(reference).findElement(By.linkText("Submit proposal")).click();
        assertThat(heading()).isEqualTo("Submit proposal");
        assertThat(value("communityAims[0]")).isEqualTo("Residents run activity in their own streets");
        Browser.screenshotFullPage(browser, "journey-2-submit-proposal");
        assertThat(overflowAt320Pixels()).as("the form fits a 320px screen").isLessThanOrEqualTo(0);

        fillProposal("50000.00");
        submit();
        WebElement summary = browser.findElement(By.cssSelector(".pf-error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Milestones: tranche amounts must add up to amount requested");
        assertThat(summary.findElement(By.partialLinkText("Milestones")).getAttribute("href")).endsWith("#milestones");
        assertThat(browser.findElement(By.cssSelector("#milestones .pf-error-message")).getText()).contains("£250,000.00");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(value("summary")).isEqualTo("Residents in three neighbourhoods run their own health hubs.");
        Browser.screenshotFullPage(browser, "journey-3-submit-proposal-error");

        type("milestones[2].trancheAmount", "£100,000.00");
        submit();
        assertThat(browser.findElement(By.cssSelector(".pf-panel--success")).getText()).isEqualTo("Proposal submitted");
        assertThat(browser.findElements(By.xpath("//tr[td/a[normalize-space()='" + reference + "']]"))).isEmpty();
        Browser.screenshot(browser, "journey-3-partner-tasks-after-submitting");
        signOut();

        signIn("assessor", "demo");
        openTask(p, reference, "Assess proposal");
        assertThat(browser.findElement(By.cssSelector(".pf-task__context")).getText())
                .contains(reference, "£300,000.00", "Hubs open in the first neighbourhood");
        for (WebElement criterion : browser.findElements(By.cssSelector("#scores > fieldset"))) {
            criterion.findElement(By.cssSelector("input[type=radio][value='4']")).click();
            criterion.findElement(By.tagName("textarea")).sendKeys("Clear and well evidenced.");
        }
        browser.findElement(By.id("recommendation-FUND")).click();
        browser.findElement(By.id("noConflictOfInterest-true")).click();
        Browser.screenshotFullPage(browser, "journey-4-assess-proposal");
        submit();
        assertThat(successPanel()).isEqualTo("Assessment submitted");
        signOut();

        signIn("funder", "demo");
        openTask(p, reference, "Decide award");
        assertThat(browser.findElement(By.cssSelector(".pf-panel--consequence")).getText()).contains(
                "Approving offers the amount awarded (£300,000.00 as requested) to " + p.name()
                        + " and commits it against the programme's remaining budget of £2,000,000.00");
        assertThat(value("amountAwarded")).isEqualTo("300000.00");
        assertThat(value("trancheAmounts[2]")).isEqualTo("100000.00");
        browser.findElement(By.id("decision-APPROVE")).click();
        // A lower amount with the tranches left as they are is shared in proportion; a budget year changed so the
        // years do not add up to it is refused on the page, naming the group, with what was typed kept.
        type("amountAwarded", "240000.00");
        type("budgetByYear[0].amount", "100000.00");
        submit();
        WebElement problem = browser.findElement(By.cssSelector(".pf-error-summary"));
        assertThat(problem.getText()).contains("Budget by year must add up to amount awarded (£240,000.00); the years "
                + "add up to £250,000.00").doesNotContain("Tranche");
        assertThat(problem.findElement(By.partialLinkText("Budget by year")).getAttribute("href")).endsWith("#budgetByYear");
        assertThat(value("budgetByYear[0].amount")).isEqualTo("100000.00");
        assertThat(org.partnerflow.support.Axe.seriousOrCritical(browser)).isEmpty();
        assertThat(overflowAt320Pixels()).as("the refused decision fits a 320px screen").isLessThanOrEqualTo(0);
        Browser.screenshotFullPage(browser, "journey-5-decide-award-error");
        type("amountAwarded", "300000.00");
        type("budgetByYear[0].amount", "150000.00");
        browser.findElement(By.id("conditions")).sendKeys("Report progress every quarter.");
        Browser.screenshotFullPage(browser, "journey-5-decide-award");
        submit();
        assertThat(successPanel()).startsWith("Award approved");
        signOut();

        signIn(p.username(), p.password());
        openTask(p, reference, "Accept offer");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("£300,000.00", "Report progress every quarter.",
                        "Accepting makes the award active; the offer is withdrawn if not accepted by");
        browser.findElement(By.xpath("//button[normalize-space()='Claim this task']")).click();
        // The page before the click has a .pf-claim panel too: wait for the reloaded one, not the stale one.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".pf-claim"), "You have claimed this task"));
        Browser.screenshotFullPage(browser, "journey-6-accept-offer");
        String acceptTask = browser.getCurrentUrl();
        browser.findElement(By.xpath("//button[normalize-space()='Accept the offer']")).click();
        assertThat(successPanel()).startsWith("Offer accepted");
        browser.get(acceptTask);
        assertThat(heading()).isEqualTo("This task cannot be done now");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("has already been completed");

        browser.get(url("/partnerships/" + p.partnershipId()));
        browser.findElement(By.linkText("See this partnership's awards")).click();
        assertThat(rowOf(reference).getText()).contains("Active", "£300,000.00");
        Browser.screenshot(browser, "journey-7-awards");
        browser.findElement(By.linkText(reference)).click();
        assertThat(heading()).isEqualTo("Award " + reference);
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Active", "Approved", "£300,000.00", "1 April 2027", "31 March 2029",
                "Hubs open in the first neighbourhood", "not shown to partnerships", "Frankie Funder on");
        // The partner reads the panel's decision, never who assessed them nor their scores and comments (issue 26).
        assertThat(page).doesNotContain("Clear and well evidenced.", "Assessed the proposal: FUND");
        Browser.screenshotFullPage(browser, "journey-8-award");
    }

    /**
     * The form opens with one milestone: each further one comes with Add another milestone, which saves the form as
     * a draft and opens it again a row longer, what was typed kept.
     */
    private void fillProposal(String thirdTranche) {
        type("summary", "Residents in three neighbourhoods run their own health hubs.");
        type("amountRequested", "300000.00");
        date("startDate", "2027-04-01");
        type("durationMonths", "24");
        type("budgetByYear[0].amount", "150000.00");
        type("budgetByYear[1].amount", "150000.00");
        String[][] milestones = {{"Hubs open in the first neighbourhood", "2027-09-30", "100000.00"},
                {"Hubs open in all three neighbourhoods", "2028-03-31", "100000.00"},
                {"Residents' review of the hubs", "2029-03-31", thirdTranche}};
        for (int i = 0; i < milestones.length; i++) {
            if (i > 0) {
                Browser.follow(browser, browser.findElement(By.xpath("//button[normalize-space()='Add another milestone']")));
                assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Draft saved at");
            }
            type("milestones[" + i + "].title", milestones[i][0]);
            date("milestones[" + i + "].dueDate", milestones[i][1]);
            type("milestones[" + i + "].evidenceExpected", "Photos, attendance and residents' own account.");
            type("milestones[" + i + "].trancheAmount", milestones[i][2]);
        }
    }

    /** Opens one of the caller's tasks for this award through the task list, filtered to its partnership. */
    private void openTask(NewPartnership p, String reference, String taskName) {
        Browser.navigate(browser, "Tasks");
        if (!browser.findElements(By.id("partnershipId")).isEmpty()) {
            new Select(browser.findElement(By.id("partnershipId"))).selectByVisibleText(p.name());
            Browser.follow(browser, browser.findElement(By.xpath("//button[normalize-space()='Show tasks']")));
        }
        if (taskName.equals("Assess proposal")) {
            Browser.screenshot(browser, "journey-4-assessor-tasks-filtered");
        }
        rowOf(reference).findElement(By.linkText(taskName)).click();
        assertThat(heading()).isEqualTo(taskName);
    }

    private int overflowAt320Pixels() {
        Browser.resize(browser, 320, 900);
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Browser.resize(browser, 1280, 1000);
        return overflow.intValue();
    }

    private static String taskId(Api api, String key) {
        for (JsonNode task : api.get("/api/v1/tasks?taskDefinitionKey=" + key).json()) {
            return task.get("id").asText();
        }
        throw new IllegalStateException("no " + key + " task");
    }

    private WebElement rowOf(String reference) {
        return browser.findElement(By.xpath("//tr[td//a[normalize-space()='" + reference + "']]"));
    }

    private void type(String name, String text) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** A date typed as GOV.UK's date input takes it: day, month and year in their own boxes. */
    private void date(String name, String isoDate) {
        java.time.LocalDate date = java.time.LocalDate.parse(isoDate);
        type(name + ".day", String.valueOf(date.getDayOfMonth()));
        type(name + ".month", String.valueOf(date.getMonthValue()));
        type(name + ".year", String.valueOf(date.getYear()));
    }

    private String value(String name) {
        return browser.findElement(By.name(name)).getAttribute("value");
    }

    /** The form's main button (not Save as draft, Add another or Remove). */
    private void submit() {
        browser.findElement(By.cssSelector(".pf-task__form button.pf-button[type=submit]:not(.pf-button--secondary)"))
                .click();
    }

    private String successPanel() {
        return browser.findElement(By.cssSelector(".pf-panel--success")).getText();
    }

    /** Signs in and waits until it has landed (BrowserSteps), so the next page is not cut short by the redirect. */
    private void signIn(String username, String password) {
        new BrowserSteps(browser, port).signIn(username, password);
    }

    private void signOut() {
        new BrowserSteps(browser, port).signOut();
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
