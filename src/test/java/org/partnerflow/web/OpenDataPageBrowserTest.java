package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.partnerflow.support.Api;
import org.partnerflow.support.Axe;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The open-data page in a real browser: with nothing published it says so and how to publish; once a programme is
 * published from its edit page it shows the files, when they last changed and each programme's quality checks.
 */
@DemoAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataPageBrowserTest {

    @LocalServerPort int port;

    WebDriver browser;
    BrowserSteps steps;

    @BeforeAll
    void openBrowser() {
        browser = Browser.start();
        steps = new BrowserSteps(browser, port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerPublishesAProgrammeFromItsEditPageAndTheOpenDataPageShowsIt() {
        Api manager = Api.demo(port, "manager");
        JsonNode hct = null;
        for (JsonNode p : manager.get("/api/v1/programmes").json()) {
            if (p.get("code").asText().equals("HCT")) {
                hct = p;
            }
        }
        assertThat(hct).isNotNull();
        long id = hct.get("id").asLong();
        try {
            steps.signIn("manager", "demo");
            steps.go("/open-data");
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Open data");
            assertThat(browser.findElement(By.id("open-data-nothing")).getText()).contains("Nothing is published yet");
            assertThat(browser.findElement(By.id("standing-" + id)).getText()).contains("Not published",
                    "not set to publish");
            assertThat(browser.findElement(By.id("quality-" + id)).findElements(By.cssSelector("tbody tr")))
                    .hasSize(26);
            assertThat(Axe.seriousOrCritical(browser)).isEmpty();

            steps.go("/programmes/" + id + "/edit");
            browser.findElement(By.id("openData-publish")).click();
            // A prefix stays once the programme has been published (another test may have done so): kept as shown.
            org.openqa.selenium.WebElement prefix = browser.findElement(By.id("openData-grantIdPrefix"));
            if (prefix.getAttribute("value").isBlank()) {
                prefix.sendKeys("360G-hctbrowser");
            }
            String expected = prefix.getAttribute("value");
            Browser.follow(browser, browser.findElement(By.cssSelector("main form.pf-form button[type=submit]")));
            JsonNode openData = manager.get("/api/v1/programmes/" + id).json().get("openData");
            assertThat(openData.get("publish").asBoolean()).isTrue();
            assertThat(openData.get("grantIdPrefix").asText()).isEqualTo(expected);

            steps.go("/open-data");
            assertThat(browser.findElement(By.id("standing-" + id)).getText()).contains("Published");
            assertThat(browser.findElement(By.id("open-data-files")).getText()).contains("360Giving JSON");
            assertThat(browser.findElement(By.id("open-data-changed")).getText()).matches(".*\\d{1,2} [A-Z][a-z]+ \\d{4}.*");
            assertThat(Axe.seriousOrCritical(browser)).isEmpty();
            Browser.screenshotFullPage(browser, "manager--open-data-published");
        } finally {
            long version = manager.get("/api/v1/programmes/" + id).json().get("version").asLong();
            manager.patch("/api/v1/programmes/" + id, Map.of("version", version, "openData", Map.of("publish", false)));
        }
    }
}
