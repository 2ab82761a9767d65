package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.partnerflow.support.Axe;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The calendar page in headless Chromium: reached from home, accessible, fits a phone, and makes a new address. */
@DemoAppTest
class CalendarPageBrowserTest {

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
    void aPartnerFindsTheirCalendarAddressFromHomeAndMakesANewOne() {
        steps.signIn("partner.plymouth", "demo");
        Browser.follow(browser, browser.findElement(By.linkText("Add your deadlines to your calendar")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your deadlines in your calendar");
        String before = browser.findElement(By.id("calendar-address")).getDomProperty("value");
        assertThat(before).contains("/calendar/").endsWith(".ics");
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
        Browser.screenshotFullPage(browser, "calendar");

        Browser.resize(browser, 320, 900);
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        Browser.screenshotFullPage(browser, "calendar-320px");

        Browser.follow(browser, browser.findElement(By.cssSelector("form[action$='/me/calendar/reset'] button")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("You have a new calendar address");
        assertThat(browser.findElement(By.id("calendar-address")).getDomProperty("value")).isNotEqualTo(before)
                .endsWith(".ics");
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
    }
}
