package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.partnerflow.support.Axe;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A programme manager sets up from the pages alone (issue 24): creates a programme, changes it, adds a partnership
 * to it, changes that, and adds a member found by name, in a real headless Chromium; each form is accessible.
 */
@DemoAppTest
class SetUpBrowserTest {

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
    void aManagerCreatesAndChangesAProgrammeAndAPartnershipFromThePages() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        steps.signIn("manager", "demo");
        steps.go("/programmes");
        Browser.follow(browser, browser.findElement(By.linkText("Create a programme")));
        assertThat(heading()).isEqualTo("Create a programme");
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();

        type("code", "UI-" + tag);
        type("title", "Pages programme " + tag);
        type("funder-name", "Pages Funder " + tag);
        type("funder-orgId", "360G-UI" + tag);
        type("totalBudget", "900000");
        type("awardCap", "2000000");
        type("maxDurationMonths", "24");
        type("learningReviewCadenceMonths", "6");
        browser.findElement(By.id("requiredMemberTypes-VCSE")).click();
        submit();
        assertThat(browser.findElement(By.cssSelector(".pf-error-summary")).getText())
                .contains("Award cap must not be more than total budget");
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
        type("awardCap", "150000");
        submit();
        assertThat(heading()).isEqualTo("Pages programme " + tag);
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("created");

        Browser.follow(browser, browser.findElement(By.linkText("Change this programme")));
        assertThat(heading()).isEqualTo("Change Pages programme " + tag);
        type("title", "Changed programme " + tag);
        type("totalBudget", "1100000.00");
        submit();
        assertThat(heading()).isEqualTo("Changed programme " + tag);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("£1,100,000.00");

        Browser.follow(browser, browser.findElement(By.linkText("Add a partnership")));
        assertThat(heading()).isEqualTo("Add a partnership");
        assertThat(new Select(browser.findElement(By.id("programmeId"))).getFirstSelectedOption().getText())
                .isEqualTo("Changed programme " + tag);
        type("name", "Pages partnership " + tag);
        type("place", "Pagetown");
        type("leadOrganisation-name", "Pages Voluntary Action " + tag);
        new Select(browser.findElement(By.id("leadOrganisation-type"))).selectByValue("VCSE");
        type("leadOrganisation-orgId", "GB-CHC-UI" + tag);
        type("communityAims", "Residents run the café\nNeighbours check on each other");
        submit();
        assertThat(heading()).isEqualTo("Pages partnership " + tag);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Residents run the café",
                "Neighbours check on each other", "GB-CHC-UI" + tag);

        Browser.follow(browser, browser.findElement(By.linkText("Change the details")));
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
        type("name", "Changed partnership " + tag);
        type("workstreams", "Food\nWarm spaces");
        submit();
        assertThat(heading()).isEqualTo("Changed partnership " + tag);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Warm spaces");

        Browser.follow(browser, browser.findElement(By.linkText("Add or remove members")));
        type("q", "coventry");
        Browser.follow(browser, browser.findElement(By.cssSelector("form[role=search] button")));
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
        WebElement use = browser.findElement(By.partialLinkText("Use "));
        String chosen = use.getText().substring("Use ".length());
        Browser.follow(browser, use);
        assertThat(browser.findElement(By.id("organisation-name")).getAttribute("value")).isEqualTo(chosen);
        type("role", "Neighbouring partner");
        Browser.follow(browser, browser.findElement(By.cssSelector("#member-form button")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains(chosen);
        assertThat(browser.findElement(By.cssSelector("main table")).getText()).contains(chosen, "Neighbouring partner");

        Browser.follow(browser, browser.findElement(By.cssSelector("main table button.pf-link-button")));
        assertThat(browser.findElement(By.cssSelector("main table")).getText()).doesNotContain("Neighbouring partner");

        Browser.follow(browser, browser.findElement(By.linkText("Pages Voluntary Action " + tag)));
        assertThat(heading()).isEqualTo("Correct Pages Voluntary Action " + tag);
        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
        type("name", "Pages Community Action " + tag);
        new Select(browser.findElement(By.id("type"))).selectByValue("COMMUNITY_GROUP");
        submit();
        assertThat(heading()).isEqualTo("Members of Changed partnership " + tag);
        assertThat(browser.findElement(By.cssSelector("main table")).getText()).contains("Pages Community Action " + tag);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        Browser.follow(browser, browser.findElement(By.cssSelector("main form.pf-form button[type=submit]")));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }
}
