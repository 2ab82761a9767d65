package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerflow.web.BrowserSteps.date;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.partnerflow.support.Axe;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 27 in a real browser: a partner uploads an evidence file from the evidence task and a programme manager
 * downloads it from the review task; then the forms for indicators, contributions, cohorts, spend returns and moving
 * money between tranches, each refusing a bad answer with an error summary and then taking a good one. Every page on
 * the way passes axe (no serious or critical violation) and fits 1280 and 320 pixels without scrolling sideways.
 */
@DemoAppTest
class EvidenceFilesAndFormsBrowserTest {

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    WebDriver browser;
    BrowserSteps steps;
    final List<String> problems = new ArrayList<>();

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
    void anEvidenceFileUploadedFromTheTaskIsListedAndDownloadsForTheReviewer() throws Exception {
        ActiveAward award = ActiveAward.ahead(port);
        NewPartnership p = award.partnership();
        ActiveAward.Milestone first = award.milestone(0);
        byte[] pdf = pdf(2000);
        Path register = Files.write(folder.resolve("attendance-register.pdf"), pdf);
        Path payload = Files.write(folder.resolve("payload.exe"), new byte[] {'M', 'Z', 0, 0});

        steps.signIn(p.username(), p.password());
        steps.openTask(p.name(), award.reference(), MilestoneJourneyBrowserTest.EVIDENCE, date(first.dueDate()));
        steps.type("narrative", "Two hubs are open, run by 14 resident volunteers.");
        browser.findElement(By.id("file")).sendKeys(register.toString());
        upload();
        assertThat(browser.findElement(By.cssSelector(".pf-panel--info")).getText())
                .contains("attendance-register.pdf is uploaded");
        assertThat(steps.value("narrative")).as("what was typed survives the upload")
                .isEqualTo("Two hubs are open, run by 14 resident volunteers.");
        assertThat(fileRow("attendance-register.pdf")).contains("2 KB", "Jo Journey", date(LocalDate.now(ActiveAward.UK)));
        check("evidence task with a file");

        browser.findElement(By.id("file")).sendKeys(payload.toString());
        upload();
        assertThat(steps.errorSummary()).contains("File must be one of these types");
        assertThat(steps.value("narrative")).isEqualTo("Two hubs are open, run by 14 resident volunteers.");
        check("evidence task refusing a file");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Evidence submitted");
        steps.signOut();

        steps.signIn("manager", "demo");
        steps.openTask(p.name(), award.reference(), MilestoneJourneyBrowserTest.REVIEW, null);
        assertThat(fileRow("attendance-register.pdf")).contains("2 KB", "Jo Journey");
        check("review task with a file");
        HttpResponse<byte[]> download = download(browser.findElement(By.linkText("attendance-register.pdf")));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"attendance-register.pdf\"");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.body()).isEqualTo(pdf);

        steps.go("/milestones/" + first.id());
        assertThat(fileRow("attendance-register.pdf")).contains("2 KB", "Jo Journey");
        check("milestone page with a file");
        assertThat(download(browser.findElement(By.linkText("attendance-register.pdf"))).body()).isEqualTo(pdf);
        assertThat(problems).isEmpty();
    }

    @Test
    void theOutcomeSpendAndTrancheFormsRefuseWhatTheApiRefusesAndSaveTheRest() {
        ActiveAward award = ActiveAward.ahead(port);
        NewPartnership p = award.partnership();
        String outcomes = "/partnerships/" + p.partnershipId() + "/outcomes";

        steps.signIn(p.username(), p.password());
        steps.go(outcomes);
        follow("Define an indicator");
        steps.submit();
        assertThat(steps.errorSummary()).contains("Title must be filled in", "Unit must be given");
        check("indicator form with errors");
        steps.type("title", "People supported at home");
        steps.choose("unit-PEOPLE");
        steps.choose("direction-INCREASE");
        steps.type("baseline", "10");
        steps.date("baselineDate", LocalDate.now(ActiveAward.UK).withDayOfMonth(1));
        steps.date("targets[0].periodEnd", LocalDate.now(ActiveAward.UK).plusYears(1));
        steps.type("targets[0].value", "40");
        steps.submit();
        assertThat(steps.errorSummary()).as("the award is active: a new indicator is a variation")
                .contains("Reason is needed");
        steps.type("reason", "The steering group asked for a measure of people supported at home.");
        steps.submit();
        assertThat(steps.successPanel()).contains("People supported at home is defined");
        check("outcomes with an indicator");

        follow("Change People supported at home");
        assertThat(steps.value("targets[0].value")).matches("40(\\.0+)?");
        steps.type("targets[0].value", "5");
        steps.type("reason", "A bigger first year than planned.");
        steps.submit();
        assertThat(steps.errorSummary()).contains("must be above the baseline");
        check("indicator change with errors");
        steps.type("targets[0].value", "50");
        steps.submit();
        assertThat(steps.successPanel()).contains("People supported at home is changed");
        assertThat(steps.main()).as("the change is a variation, kept with its reason").contains("Changes since the award began (2)");

        follow("Record a member's contribution");
        new Select(browser.findElement(By.id("organisationId"))).selectByIndex(2);
        steps.choose("kind-CASH");
        steps.type("committed", "25,000");
        steps.type("fromYear", "2027");
        steps.type("toYear", "2026");
        steps.submit();
        assertThat(steps.errorSummary()).contains("To year must not be before from year");
        check("contribution form with errors");
        steps.type("toYear", "2028");
        steps.submit();
        assertThat(steps.successPanel()).contains("contribution is recorded");
        assertThat(steps.main()).contains("£25,000.00");

        follow("Add a cohort");
        steps.type("name", "People leaving hospital");
        steps.type("people", "none");
        steps.submit();
        assertThat(steps.errorSummary()).contains("People must be a whole number");
        check("cohort form with errors");
        steps.type("people", "4");
        steps.type("baselineCostPerPersonYear", "200000");
        steps.type("newCostPerPersonYear", "128750");
        steps.submit();
        assertThat(steps.successPanel()).contains("People leaving hospital is added");
        assertThat(steps.main()).contains("£285,000.00");

        steps.go("/awards/" + award.id());
        follow("Send a spend return");
        new Select(browser.findElement(By.id("year"))).selectByVisibleText("Year 1");
        steps.type("amountSpent", "400000");
        steps.submit();
        assertThat(steps.errorSummary()).contains("more than the award of £300,000.00");
        check("spend return with errors");
        steps.type("amountSpent", "12000");
        steps.type("narrative", "Hub rent and volunteer expenses.");
        steps.submit();
        assertThat(steps.successPanel()).contains("year 1 is sent: £12,000.00");
        assertThat(steps.main()).contains("Hub rent and volunteer expenses.");
        check("award with a spend return");
        steps.signOut();

        steps.signIn("manager", "demo");
        steps.go("/milestones/" + award.milestone(0).id());
        follow("Move money between this tranche and another");
        steps.type("trancheAmount", "120000");
        steps.type("reason", "The first hub costs more to open.");
        steps.submit();
        assertThat(steps.errorSummary()).contains("must name the milestone whose tranche takes up the difference");
        check("tranche move with errors");
        new Select(browser.findElement(By.id("balancingMilestoneId"))).selectByIndex(1);
        steps.submit();
        assertThat(steps.successPanel()).contains("This tranche is now £120,000.00");
        steps.go("/awards/" + award.id());
        assertThat(steps.main()).contains("£120,000.00", "£80,000.00");
        assertThat(problems).isEmpty();
    }

    private void upload() {
        Browser.follow(browser, browser.findElement(By.xpath("//button[normalize-space()='Upload the file']")));
    }

    private void follow(String linkText) {
        Browser.follow(browser, browser.findElement(By.tagName("main")).findElement(By.linkText(linkText)));
    }

    private String fileRow(String fileName) {
        return browser.findElement(By.xpath("//table[contains(@class,'pf-files')]//tr[th//a[normalize-space()='"
                + fileName + "']]")).getText();
    }

    /** The file behind a link, fetched in the browser's own session (headless Chromium keeps downloads to itself). */
    private HttpResponse<byte[]> download(WebElement link) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                .header("Cookie", "SESSION=" + session).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Axe and sideways scrolling at both widths, noted rather than thrown, so one run lists every page's problems. */
    private void check(String page) {
        Axe.seriousOrCritical(browser).forEach(v -> problems.add(page + ": " + v));
        Browser.screenshotFullPage(browser, "issue27--" + page.replace(' ', '-'));
        for (int width : new int[] {1280, 320}) {
            Browser.resize(browser, width, 900);
            Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow.intValue() > 0) {
                problems.add(page + " scrolls sideways by " + overflow + "px at " + width + "px: " + widest());
                Browser.screenshot(browser, "issue27--" + page.replace(' ', '-') + "-" + width + "px");
            }
        }
        Browser.resize(browser, 1280, 1000);
    }

    /** What sticks out of the page (outside the boxes that scroll on their own), to say where to look. */
    private String widest() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("""
                const w = document.documentElement.clientWidth, out = [];
                document.querySelectorAll('body *').forEach(e => {
                  const r = e.getBoundingClientRect();
                  if (r.right > w + 1 && !(e.parentElement && e.parentElement.closest('.pf-table-scroll, table'))) {
                    out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right) + ' '
                        + (e.textContent || '').trim().slice(0, 40));
                  }
                });
                return out.slice(0, 6).join(' | ');"""));
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        byte[] start = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, content, 0, start.length);
        for (int i = start.length; i < size; i++) {
            content[i] = (byte) ('a' + i % 26);
        }
        return content;
    }
}
