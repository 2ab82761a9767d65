package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.partnerflow.support.Api;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A programme manager and a partner sign in and find their way round, in a real headless Chromium. */
@DemoAppTest
class SignInAndBrowseBrowserTest {

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
    void aProgrammeManagerFindsTheProgrammesAndAPartnershipsMembers() {
        signIn("manager");
        assertThat(heading()).isEqualTo("Hello, Morgan Manager");
        assertThat(browser.findElement(By.cssSelector(".pf-header")).getText()).contains("Programme manager");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Healthy Communities Together", "£2,700,000.00", "£450,000.00");
        Browser.screenshot(browser, "manager-home");

        browser.findElement(By.linkText("Programmes")).click();
        assertThat(heading()).isEqualTo("Programmes");
        browser.findElement(By.linkText("Healthy Communities Together")).click();
        assertThat(heading()).isEqualTo("Healthy Communities Together");
        List<String> places = browser.findElements(By.cssSelector("table tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(places).contains("Coventry", "Croydon", "Gloucestershire", "Leeds", "Plymouth", "Greenwich");
        Browser.screenshot(browser, "manager-programme");

        browser.findElement(By.xpath("//tr[td[1][normalize-space()='Croydon']]//a")).click();
        assertThat(browser.findElement(By.cssSelector(".pf-caption")).getText()).isEqualTo("Croydon");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Members", "NHS body", "Local authority", "Community-level aims", "System-level aims");
        assertThat(browser.findElements(By.cssSelector("main code")).stream().map(WebElement::getText))
                .anyMatch(orgId -> orgId.startsWith("GB-NHS-"));
        Browser.screenshot(browser, "manager-partnership");

        browser.findElement(By.cssSelector(".pf-header form button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("You have signed out");
    }

    @Test
    void aPartnerSeesOnlyTheirOwnPartnershipAndNothingOfAnothers() {
        long coventryId = idOf("Coventry");
        signIn("partner.croydon");
        List<String> nav = browser.findElements(By.cssSelector(".pf-nav a")).stream().map(WebElement::getText).toList();
        assertThat(nav).contains("Our partnership").doesNotContain("Programmes");
        Browser.screenshot(browser, "partner-home");

        browser.findElement(By.linkText("Our partnership")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Croydon").doesNotContain("Coventry");

        browser.get(url("/partnerships/" + coventryId));
        assertThat(heading()).isEqualTo("Page not found");
        assertThat(browser.getPageSource()).doesNotContain("Coventry City Council");
        browser.get(url("/programmes"));
        assertThat(heading()).isEqualTo("You cannot see this page");
        Browser.screenshot(browser, "partner-forbidden");
    }

    @Test
    void aWrongPasswordIsExplainedAtTheTopOfTheForm() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("manager");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector(".pf-error-summary")).getText())
                .contains("There is a problem", "The username or password is not right");
        Browser.screenshot(browser, "login-error");
    }

    @Test
    void thePartnershipPageFitsA320PixelScreen() {
        signIn("partner.croydon");
        browser.findElement(By.linkText("Our partnership")).click();
        browser.findElement(By.cssSelector("main table a")).click();
        Browser.resize(browser, 320, 900);
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        Browser.screenshot(browser, "partner-partnership-320px");
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        // the next page must have loaded before anything on it is read
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private long idOf(String place) {
        for (JsonNode p : Api.demo(port, "manager").get("/api/v1/partnerships").json()) {
            if (p.get("place").asText().equals(place)) {
                return p.get("id").asLong();
            }
        }
        throw new IllegalStateException("no demo partnership in " + place);
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
