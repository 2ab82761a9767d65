package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerflow.support.Api;
import org.partnerflow.support.Axe;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page each demo role can open, in a real headless Chromium: each one is scanned by axe-core against WCAG 2.2
 * A and AA (no serious or critical violation may remain), must not scroll sideways at 320 pixels wide, and is saved
 * as a screenshot under target/screenshots/ for a person to look at. The pages are found from the API as the role
 * sees it (its programmes, partnerships, awards, milestones, tasks of every type it has), so new demo data is walked
 * too.
 */
@DemoAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageBrowserTest {

    @LocalServerPort
    int port;

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"manager", "funder", "assessor", "learning", "admin", "partner.coventry",
            "partner.greenwich", "partner.gwent"})
    void everyPageOfTheRoleIsAccessibleAndFitsAPhone(String username) {
        Map<String, String> pages = pagesOf(username);
        browser.manage().deleteAllCookies();
        steps.signIn(username, "demo");
        List<String> problems = new ArrayList<>();
        pages.forEach((name, path) -> {
            steps.go(path);
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.tagName("h1")).isEmpty());
            String heading = browser.findElement(By.tagName("h1")).getText();
            if (heading.equals("Page not found") || heading.equals("You cannot see this page")) {
                problems.add(name + " (" + path + ") answered: " + heading);
            }
            Axe.seriousOrCritical(browser).forEach(v -> problems.add(name + " (" + path + "): " + v));
            Browser.screenshotFullPage(browser, username + "--" + name);
            for (int width : new int[] {1280, 320}) {
                Browser.resize(browser, width, 900);
                int overflow = sidewaysScroll();
                if (overflow > 0) {
                    problems.add(name + " (" + path + ") scrolls sideways by " + overflow + "px at " + width + "px wide");
                    Browser.screenshot(browser, username + "--" + name + "-" + width + "px");
                }
            }
            Browser.resize(browser, 1280, 1000);
        });
        assertThat(problems).as("pages walked: %s", pages.keySet()).isEmpty();
        assertThat(pages).hasSizeGreaterThan(4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login", "/case-studies", "/no-such-page"})
    void publicPagesAreAccessibleToo(String path) {
        browser.manage().deleteAllCookies();
        steps.go(path);
        assertThat(Axe.seriousOrCritical(browser)).as(path).isEmpty();
        Browser.screenshotFullPage(browser, "anonymous--" + (path.equals("/") ? "home" : path.substring(1)));
    }

    @org.junit.jupiter.api.Test
    void theScanFindsWhatItIsMeantToFind() {
        browser.get("data:text/html,<html lang='en'><head><title>Broken</title></head><body><main>"
                + "<h1>Broken</h1><img src='x.png'><button></button></main></body></html>");
        assertThat(Axe.seriousOrCritical(browser)).extracting(Axe.Violation::rule).contains("image-alt", "button-name");
    }

    /** The pages a role can reach from its navigation, by name, with real ids from the demo data. */
    private Map<String, String> pagesOf(String username) {
        Api api = Api.demo(port, username);
        JsonNode me = api.get("/api/v1/me").json();
        List<String> roles = new ArrayList<>();
        me.get("roles").forEach(r -> roles.add(r.asText()));
        boolean staff = !roles.contains("PARTNER");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("tasks", "/tasks");
        pages.put("calendar", "/me/calendar");
        for (JsonNode task : api.get("/api/v1/tasks?size=100").json()) {
            pages.putIfAbsent("task-" + task.get("taskDefinitionKey").asText(), "/tasks/" + task.get("id").asText());
        }
        if (roles.contains("FUNDER") || roles.contains("PROGRAMME_MANAGER") || roles.contains("ADMIN")) {
            pages.put("dashboard", "/dashboard");
            pages.put("dashboard-manager", "/dashboard/manager");
            pages.put("open-data", "/open-data");
            for (JsonNode programme : api.get("/api/v1/programmes").json()) {
                pages.put("dashboard-" + programme.get("code").asText(),
                        "/dashboard?programmeId=" + programme.get("id").asText());
            }
        }
        if (staff) {
            JsonNode programmes = api.get("/api/v1/programmes").json();
            pages.put("programmes", "/programmes");
            if (!programmes.isEmpty()) {
                pages.put("programme", "/programmes/" + programmes.get(0).get("id").asText());
                String programme = programmes.get(0).get("id").asText();
                if (roles.contains("PROGRAMME_MANAGER") || roles.contains("ADMIN")) {
                    pages.put("programme-edit", "/programmes/" + programme + "/edit");
                    pages.put("programme-criteria", "/programmes/" + programme + "/criteria");
                    pages.put("programme-round-new", "/programmes/" + programme + "/rounds/new");
                }
                if (roles.contains("PROGRAMME_MANAGER") || roles.contains("FUNDER")) {
                    pages.put("programme-panel", "/programmes/" + programme + "/panel");
                }
            }
            if (roles.contains("PROGRAMME_MANAGER") || roles.contains("ADMIN")) {
                pages.put("programme-new", "/programmes/new");
            }
        }
        JsonNode partnerships = api.get("/api/v1/partnerships").json();
        pages.put("partnerships", "/partnerships");
        if (!partnerships.isEmpty()) {
            String id = partnerships.get(0).get("id").asText();
            pages.put("partnership", "/partnerships/" + id);
            pages.put("partnership-learning", "/partnerships/" + id + "/learning");
            pages.put("partnership-outcomes", "/partnerships/" + id + "/outcomes");
            if (roles.contains("PROGRAMME_MANAGER") || roles.contains("ADMIN") || roles.contains("PARTNER")) {
                pages.put("indicator-new", "/partnerships/" + id + "/indicators/new");
                pages.put("contribution-new", "/partnerships/" + id + "/contributions/new");
                pages.put("cohort-new", "/partnerships/" + id + "/benefits/cohorts/new");
                JsonNode indicators = api.get("/api/v1/partnerships/" + id + "/indicators").json();
                if (!indicators.isEmpty()) {
                    pages.put("indicator-edit", "/partnerships/" + id + "/indicators/"
                            + indicators.get(0).get("id").asText() + "/edit");
                }
            }
            if (!staff || roles.contains("PROGRAMME_MANAGER") || roles.contains("ADMIN")) {
                pages.put("partnership-application", "/partnerships/" + id + "/application");
            }
            if (roles.contains("PROGRAMME_MANAGER") || roles.contains("ADMIN")) {
                pages.put("partnership-edit", "/partnerships/" + id + "/edit");
                pages.put("partnership-members", "/partnerships/" + id + "/members?q=council");
                pages.put("partnership-new", "/partnerships/new");
                long lead = partnerships.get(0).get("leadOrganisation").get("id").asLong();
                pages.put("organisation-edit", "/organisations/" + lead + "/edit?back=/partnerships/" + id);
            }
        }
        if (staff && !roles.equals(List.of("ASSESSOR"))) {
            pages.put("learning", "/learning");
        }
        JsonNode awards = api.get("/api/v1/awards").json();
        if (awards.isArray() && !awards.isEmpty()) {
            pages.put("awards", "/awards");
            JsonNode active = null;
            for (JsonNode award : awards) {
                if (award.get("status").asText().equals("ACTIVE")) {
                    active = award;
                    break;
                }
            }
            JsonNode shown = active != null ? active : awards.get(0);
            pages.put("award", "/awards/" + shown.get("id").asText());
            JsonNode detail = api.get("/api/v1/awards/" + shown.get("id").asText()).json();
            JsonNode milestones = detail.path("milestones");
            if (milestones.isArray() && !milestones.isEmpty()) {
                pages.put("milestone", "/milestones/" + milestones.get(0).get("id").asText());
                if (roles.contains("PROGRAMME_MANAGER")) {
                    pages.put("tranche-move", "/milestones/" + milestones.get(0).get("id").asText() + "/tranche-amount");
                }
            }
            if (active != null && (roles.contains("PROGRAMME_MANAGER") || roles.contains("PARTNER"))) {
                pages.put("spend-return-new", "/awards/" + active.get("id").asText() + "/spend-returns/new");
                pages.put("variation-new", "/awards/" + active.get("id").asText() + "/variations/new");
            }
            if (active != null && (roles.contains("PROGRAMME_MANAGER") || roles.contains("FUNDER"))) {
                pages.put("award-suspend", "/awards/" + active.get("id").asText() + "/suspend");
                pages.put("award-resume", "/awards/" + active.get("id").asText() + "/resume");
            }
            if (active != null && roles.contains("FUNDER")) {
                pages.put("award-terminate", "/awards/" + active.get("id").asText() + "/terminate");
            }
        }
        if (roles.contains("ADMIN")) {
            pages.put("admin-users", "/admin/users");
            pages.put("admin-user-new", "/admin/users/new");
            pages.put("admin-user", "/admin/users/" + username);
            pages.put("admin-user-partner", "/admin/users/partner.coventry");
        }
        if (!username.startsWith("partner.")) {
            pages.put("interests-mine", "/me/interests");
        }
        if (username.equals("manager") || username.equals("admin")) {
            pages.put("interests", "/interests");
        }
        pages.put("case-studies", "/case-studies");
        JsonNode published = api.get("/api/v1/case-studies").json();
        if (!published.isEmpty()) {
            String slug = published.get(0).get("slug").asText();
            pages.put("case-study", "/case-studies/" + slug);
            if (staff) {
                pages.put("case-study-version", "/case-studies/" + slug + "/versions/1");
            }
        }
        return pages;
    }

    private int sidewaysScroll() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }


}
