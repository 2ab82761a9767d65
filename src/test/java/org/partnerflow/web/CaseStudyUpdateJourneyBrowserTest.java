package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerflow.support.Api;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case-study workflow end to end through the pages: a member of the public asks for an update, the programme
 * manager accepts it, the partnership drafts the revision from the published text, the manager publishes it, and
 * the public page shows the new version.
 */
@DemoAppTest
class CaseStudyUpdateJourneyBrowserTest {

    private static final String NEWS = "The Woolwich advice sessions now run every Saturday morning.";

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
    void aPublicRequestIsAcceptedDraftedPublishedAndShownOnThePublicPage() {
        JsonNode greenwich = caseStudy("Greenwich");
        String slug = greenwich.get("slug").asText();
        int published = greenwich.get("version").asInt();

        steps.go("/case-studies/" + slug);
        steps.type("name", "Sam Resident");
        steps.type("email", "sam.resident@example.org");
        steps.type("message", NEWS);
        browser.findElement(By.cssSelector("#update button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector("#update [role=status]")).getText())
                .contains("We have your update request");

        steps.signIn("manager", "demo");
        openTaskShowing("manager", "triageUpdateRequest", NEWS);
        assertThat(steps.context()).contains(NEWS, "Sam Resident");
        steps.choose("decision-ACCEPT");
        steps.type("reply", "Thank you: the partnership will add this to the case study.");
        steps.submit();
        assertThat(steps.successPanel()).isNotBlank();
        Browser.screenshotFullPage(browser, "case-study-journey-1-triaged");
        steps.signOut();

        steps.signIn("partner.greenwich", "demo");
        openTaskShowing("partner.greenwich", "draftCaseStudyVersion", slug);
        String results = steps.value("results");
        assertThat(results).as("the draft starts from the published text").isNotBlank();
        steps.type("results", results + "\n" + NEWS);
        steps.submit();
        assertThat(steps.successPanel()).isNotBlank();
        Browser.screenshotFullPage(browser, "case-study-journey-2-drafted");
        steps.signOut();

        steps.signIn("manager", "demo");
        openTaskShowing("manager", "approveCaseStudyVersion", slug);
        assertThat(steps.context()).contains(NEWS);
        steps.choose("decision-PUBLISH");
        steps.submit();
        assertThat(steps.successPanel()).isNotBlank();
        steps.signOut();

        steps.go("/case-studies/" + slug);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(steps.main()).contains("Version " + (published + 1), NEWS);
        assertThat(caseStudy("Greenwich").get("version").asInt()).isEqualTo(published + 1);
        Browser.screenshotFullPage(browser, "case-study-journey-3-published");
    }

    /**
     * Opens, from the task list page, the user's task of this kind whose data mentions the text: other tests share
     * the demo data and may leave tasks of the same kind open.
     */
    private void openTaskShowing(String username, String key, String text) {
        Api api = Api.demo(port, username);
        String id = null;
        for (JsonNode task : api.get("/api/v1/tasks?size=200&taskDefinitionKey=" + key).json()) {
            String taskId = task.get("id").asText();
            if (api.get("/api/v1/tasks/" + taskId).body().contains(text)) {
                id = taskId;
            }
        }
        assertThat(id).as("a %s task about %s for %s", key, text, username).isNotNull();
        Browser.navigate(browser, "Tasks");
        browser.findElement(By.cssSelector("a[href$='/tasks/" + id + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/tasks/" + id));
    }

    private JsonNode caseStudy(String partOfTitle) {
        for (JsonNode study : Api.anonymous(port).get("/api/v1/case-studies").json()) {
            if (study.get("title").asText().contains(partOfTitle)) {
                return study;
            }
        }
        throw new AssertionError("no published case study about " + partOfTitle);
    }
}
