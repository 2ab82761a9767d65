package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A learning review through the pages: Coventry's partnership writes its review (a missing rating is refused on its
 * row), the learning partner reflects on it, the programme manager returns it without comments (refused) and signs
 * it off proposing a case-study update; then the manager reads the programme's learning and Coventry's trend.
 */
@DemoAppTest
class LearningJourneyBrowserTest {

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
    void coventrysReviewIsWrittenReflectedOnSignedOffAndReadInTheProgrammesLearning() {
        steps.signIn("partner.coventry", "demo");
        openTask("writeLearningReview", "Coventry", "Write learning review");
        assertThat(steps.context()).contains("The learning review", "Coventry", "360G-PF-HCT");
        steps.type("wentWell", "Young people now co-chair the neighbourhood board.");
        steps.type("challengesOvercome", "Two partners changed their chief executives; we kept meeting.");
        steps.type("results", "Waiting times for the youth service fell by a third.");
        steps.type("whatMadeTheDifference", "A shared budget line for community voice.");
        int rows = browser.findElements(By.cssSelector("fieldset[id^=ratings-].pf-fieldset--row")).size();
        assertThat(rows).isEqualTo(8);
        for (int i = 0; i < rows; i++) {
            if (i != 2) {
                steps.choose("ratings-" + i + "-score-" + (i % 5 + 1));
            }
        }
        steps.type("ratings[0].comment", "Everyone can say what we are for.");
        steps.submit();
        assertThat(steps.errorSummary()).contains("There is a problem");
        WebElement missing = browser.findElement(By.id("ratings-2-score"));
        assertThat(missing.getAttribute("class")).contains("pf-form-group--error");
        assertThat(missing.getText()).contains("Leaders who work across boundaries");
        assertThat(browser.findElement(By.id("ratings-1-score-2")).isSelected()).isTrue();
        Browser.screenshotFullPage(browser, "learning-1-write-review-error");
        steps.choose("ratings-2-score-3");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Learning review sent to the learning partner");
        steps.signOut();

        steps.signIn("learning", "demo");
        openTask("addReflections", "Coventry", "Add reflections");
        assertThat(steps.main()).contains("Young people now co-chair the neighbourhood board.",
                "Everyone can say what we are for.", "Leaders who work across boundaries");
        Browser.screenshotFullPage(browser, "learning-2-add-reflections");
        steps.type("reflections", "What would the board look like without the grant?");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Reflections added: a programme manager signs it off next");
        steps.signOut();

        steps.signIn("manager", "demo");
        openTask("signOffLearningReview", "Coventry", "Sign off learning review");
        assertThat(steps.main()).contains("What would the board look like without the grant?",
                "Signing off makes the review read-only");
        steps.choose("decision-RETURN");
        steps.submit();
        assertThat(steps.errorSummary()).contains("Comments must say what the partnership should change");
        assertThat(browser.findElement(By.id("decision-RETURN")).isSelected()).isTrue();
        Browser.screenshotFullPage(browser, "learning-3-sign-off-error");
        steps.choose("decision-SIGN_OFF");
        steps.choose("proposeCaseStudyUpdate");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Learning review signed off");
        learningPages();
    }

    /** The programme's heat map and search, and Coventry's trend, as the manager reads them. */
    void learningPages() {
        browser.findElement(By.cssSelector(".pf-nav")).findElement(By.linkText("Learning")).click();
        assertThat(steps.heading()).isEqualTo("Learning");
        select("programmeId", "Healthy Communities Together");
        steps.type("q", "forums");
        browser.findElement(By.xpath("//button[normalize-space()='Show learning']")).click();
        WebElement heatMap = browser.findElement(By.cssSelector("table.pf-heatmap"));
        assertThat(heatMap.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .containsExactly("Characteristic", "Score 1", "Score 2", "Score 3", "Score 4", "Score 5", "Average");
        WebElement sharedPurpose = heatMap.findElement(By.xpath(".//tr[th[normalize-space()='Shared purpose']]"));
        // Coventry's new review (1) and Gwent's, which is not signed off, is not counted.
        assertThat(sharedPurpose.findElements(By.tagName("td")).stream().map(WebElement::getText))
                .containsExactly("1", "0", "0", "0", "0", "1.00");
        assertThat(steps.main()).contains("Reviews mentioning", "Residents now run two of the community forums.");
        Browser.screenshotFullPage(browser, "learning-4-programme");
        assertThat(steps.overflowAt320Pixels()).as("the learning page fits a 320px screen").isLessThanOrEqualTo(0);

        browser.findElement(By.xpath("//main//ul//a[contains(., 'Coventry')]")).click();
        assertThat(steps.heading()).isEqualTo("Learning reviews");
        WebElement trend = browser.findElement(By.xpath("//h2[normalize-space()='Ratings over time']/following::table[1]"));
        assertThat(trend.findElements(By.cssSelector("thead th"))).hasSize(4);
        assertThat(trend.findElement(By.xpath(".//tr[th[normalize-space()='Shared purpose']]")).getText())
                .isEqualTo("Shared purpose 4 4 1");
        assertThat(steps.main()).contains("Signed off", "2.63 out of 5");
        Browser.screenshotFullPage(browser, "learning-5-partnership-trend");
    }

    /** Opens the user's task of this kind for the partnership whose name mentions {@code place}. */
    private void openTask(String key, String place, String name) {
        steps.go("/tasks?type=" + key);
        browser.findElement(By.xpath("//tr[contains(., '" + place + "')]")).findElement(By.linkText(name)).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), name));
    }

    private void select(String id, String text) {
        new Select(browser.findElement(By.id(id))).selectByVisibleText(text);
    }
}
