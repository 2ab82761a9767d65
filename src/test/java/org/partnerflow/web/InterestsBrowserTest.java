package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.partnerflow.support.Api;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An assessor declares an interest from the home page, is told what is missing first, and a programme manager then
 * finds it among everyone's declarations. The interest is in a funder, a member of no partnership, so the other
 * journeys on the demo data keep their assessors.
 */
@DemoAppTest
class InterestsBrowserTest {

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
    void anAssessorDeclaresAnInterestAndAProgrammeManagerSeesIt() {
        String funderOrgId = Api.demo(port, "assessor").get("/api/v1/programmes").json().get(0)
                .path("funder").path("orgId").asText();
        steps.signIn("assessor", "demo");
        browser.findElement(By.partialLinkText("Declare your interests")).click();
        assertThat(steps.heading()).isEqualTo("Your declared interests");

        steps.submit();
        assertThat(steps.errorSummary()).contains("There is a problem", "Nature");
        Browser.screenshot(browser, "interests-refused");

        steps.type("orgId", funderOrgId);
        steps.type("nature", "I sat on the funder's grants committee until last year");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Your interest is declared.");
        assertThat(steps.main()).contains("I sat on the funder's grants committee until last year", funderOrgId);
        assertThat(steps.overflowAt320Pixels()).isLessThanOrEqualTo(0);
        Browser.screenshot(browser, "interests-declared");
        steps.signOut();

        steps.signIn("manager", "demo");
        browser.findElement(By.partialLinkText("everyone's declared interests")).click();
        assertThat(steps.heading()).isEqualTo("Declared interests");
        assertThat(steps.main()).contains("assessor", "I sat on the funder's grants committee until last year");
    }
}
