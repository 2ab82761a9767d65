package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public case-study page and its update form without signing in, and a manager's earlier versions and diff. */
@DemoAppTest
class CaseStudyPagesBrowserTest {

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
    void aMemberOfThePublicReadsTheCaseStudyAndSendsAnUpdate() {
        browser.get(url("/case-studies"));
        assertThat(heading()).isEqualTo("Case studies");
        browser.findElement(By.linkText("Healthier Greenwich Partnership")).click();
        assertThat(heading()).isEqualTo("Healthier Greenwich Partnership");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Version 2", "About the partnership", "What has gone well",
                "Challenges experienced and overcome", "Results", "What made the difference", "Want to hear more?",
                "Royal Borough of Greenwich", "Do you have an update for this case study?");
        assertThat(browser.findElement(By.cssSelector(".pf-quote figcaption")).getText()).contains("Place Executive Director");
        assertThat(browser.findElements(By.id("history-heading"))).isEmpty();
        assertThat(browser.findElement(By.id("website")).isDisplayed()).isFalse();

        browser.findElement(By.cssSelector("#update button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector(".pf-error-summary")).getText())
                .contains("There is a problem", "Your name", "What should change");
        Browser.screenshotFullPage(browser, "case-study-form-errors");

        browser.findElement(By.id("name")).sendKeys("Alex Reader");
        browser.findElement(By.id("email")).sendKeys("alex.reader@example.org");
        browser.findElement(By.id("message")).sendKeys("The advice sessions moved to Woolwich library.");
        browser.findElement(By.cssSelector("#update button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector("#update [role=status]")).getText())
                .contains("We have your update request");
        Browser.screenshotFullPage(browser, "case-study-public");
    }

    @Test
    void aProgrammeManagerComparesTheTwoVersions() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("manager");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        browser.findElement(By.linkText("Case studies")).click();
        browser.findElement(By.linkText("Healthier Greenwich Partnership")).click();
        assertThat(browser.findElement(By.id("history-heading")).getText()).isEqualTo("Earlier versions");

        browser.findElement(By.linkText("Changes from version 1")).click();
        assertThat(heading()).isEqualTo("Changes from version 1 to version 2");
        assertThat(browser.findElements(By.cssSelector(".pf-diff ins"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".pf-diff ins")).getText()).contains("reviewed together each year");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("No change.");
        Browser.screenshotFullPage(browser, "case-study-diff");

        browser.get(url("/case-studies/greenwich/versions/1"));
        assertThat(heading()).isEqualTo("Version 1");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("reviewed together each year");
    }

    @Test
    void earlierVersionsNeedASignIn() {
        browser.get(url("/case-studies/greenwich/versions/1"));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
