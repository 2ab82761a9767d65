package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A partner's home in headless Chromium: one heading per section, and nothing wider than a 320 px screen. */
@DemoAppTest
class PartnerHomeBrowserTest {

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
    void aPartnerSeesTheirTasksMilestonesReviewsMoneyAndCaseStudyOnA320PixelScreen() {
        steps.signIn("partner.coventry", "demo");

        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        List<String> sections = browser.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList();
        assertThat(sections).containsExactly("Our tasks", "Next milestones", "Learning reviews", "Our money",
                "Our case study", "Deadlines in your calendar");
        WebElement money = browser.findElement(By.cssSelector("table[data-chart=bar]"));
        assertThat(money.findElements(By.cssSelector("tbody th[scope=row]"))).hasSize(4);
        assertThat(money.getText()).contains("£450,000.00");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Overdue");
        // Each task says what it is about: the milestone whose evidence is asked for, not only the task's name.
        WebElement tasks = browser.findElement(By.xpath("//section[h2='Our tasks']"));
        assertThat(tasks.getText()).contains("Submit milestone evidence", "Partnership board and community forums running");
        Browser.screenshotFullPage(browser, "partner-home-dashboard");

        Browser.resize(browser, 320, 900);
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        Browser.screenshotFullPage(browser, "partner-home-dashboard-320px");
    }
}
