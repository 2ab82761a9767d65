package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A programme manager finds the team dashboard from the home page, and it fits a 320 px screen. */
@DemoAppTest
class ManagerDashboardBrowserTest {

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
    void aManagerGoesFromHomeToTheTeamDashboardAndItFitsA320PixelScreen() {
        steps.signIn("manager", "demo");

        browser.findElement(By.partialLinkText("programme manager dashboard")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Programme manager dashboard");
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.findElement(By.id("overdue-items")).getText()).contains("Coventry");
        Browser.screenshotFullPage(browser, "manager-dashboard");

        Browser.resize(browser, 320, 900);
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        Browser.screenshotFullPage(browser, "manager-dashboard-320px");
    }
}
