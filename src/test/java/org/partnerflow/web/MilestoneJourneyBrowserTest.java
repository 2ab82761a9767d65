package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerflow.web.BrowserSteps.date;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.partnerflow.support.Api;
import org.partnerflow.support.Browser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A milestone delivered through the pages by the people who do it: the partnership sends evidence, the programme
 * manager returns it and then approves it, proposes the release, a funder releases the tranche; the award page shows
 * the money, the milestone page its history, a manager re-plans the next milestone. A late milestone is followed
 * up and an award whose period has ended is closed by its final report. Another partnership sees none of it.
 */
@DemoAppTest
class MilestoneJourneyBrowserTest {

    static final String EVIDENCE = "Submit milestone evidence";
    static final String REVIEW = "Review milestone evidence";

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
    void evidenceReturnedThenApprovedReleasesTheTrancheAndTheHistoryShowsIt() {
        ActiveAward award = ActiveAward.ahead(port);
        NewPartnership p = award.partnership();
        ActiveAward.Milestone first = award.milestone(0);
        ActiveAward.Milestone second = award.milestone(1);

        steps.signIn(p.username(), p.password());
        steps.go("/tasks");
        // Evidence due on a day is late from the midnight after it: the list still says the day itself.
        assertThat(steps.main()).contains(award.reference(), date(first.dueDate()), date(second.dueDate()));
        Browser.screenshot(browser, "milestone-0-partner-tasks");
        steps.openTask(p.name(), award.reference(), EVIDENCE, date(first.dueDate()));
        assertThat(steps.context()).contains(award.reference(), first.title(), date(first.dueDate()), "Planned",
                "Photos, attendance and residents' own account.", "£100,000.00", "Scheduled", "Nothing has happened yet");
        assertThat(steps.main()).contains("Due by the end of " + date(first.dueDate())).doesNotContain("Overdue");
        Browser.screenshotFullPage(browser, "milestone-1-submit-evidence");
        steps.type("narrative", "Two hubs are open, run by 14 resident volunteers.");
        steps.type("links[0]", "https://example.org/hubs/report");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Evidence submitted");
        steps.signOut();

        steps.signIn("manager", "demo");
        steps.openTask(p.name(), award.reference(), REVIEW, null);
        WebElement link = browser.findElement(By.linkText("https://example.org/hubs/report"));
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(steps.main()).contains("Two hubs are open, run by 14 resident volunteers.", "Round 1");
        steps.choose("decision-REQUEST_CHANGES");
        steps.submit();
        assertThat(steps.errorSummary()).contains("There is a problem", "Comments must say what the partnership should change");
        assertThat(browser.findElement(By.cssSelector(".pf-error-summary a")).getAttribute("href")).endsWith("#comments");
        assertThat(browser.findElement(By.id("comments-error")).getText()).contains("must say what the partnership should change");
        assertThat(browser.findElement(By.id("decision-REQUEST_CHANGES")).isSelected()).isTrue();
        Browser.screenshotFullPage(browser, "milestone-2-review-error");
        assertThat(steps.overflowAt320Pixels()).as("the review fits a 320px screen").isLessThanOrEqualTo(0);
        steps.type("comments", "Add the attendance numbers for each hub.");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Evidence returned to the partnership");
        steps.signOut();

        steps.signIn(p.username(), p.password());
        steps.openTask(p.name(), award.reference(), EVIDENCE, date(first.dueDate()));
        assertThat(steps.main()).contains("What the programme manager asked you to change",
                "Add the attendance numbers for each hub.");
        assertThat(steps.context()).contains("Changes requested", "Evidence sent, round 1", "Changes requested");
        assertThat(steps.value("narrative")).isEqualTo("Two hubs are open, run by 14 resident volunteers.");
        assertThat(steps.value("links[0]")).isEqualTo("https://example.org/hubs/report");
        Browser.screenshotFullPage(browser, "milestone-3-resubmit-evidence");
        steps.type("narrative", "Two hubs are open, run by 14 resident volunteers; 212 people came in the first month.");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Evidence submitted");
        steps.signOut();

        steps.signIn("manager", "demo");
        steps.openTask(p.name(), award.reference(), REVIEW, null);
        assertThat(steps.main()).contains("Round 2", "212 people came in the first month");
        steps.choose("decision-APPROVE");
        Browser.screenshotFullPage(browser, "milestone-4-review-approve");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Evidence approved: the tranche is due for release");
        steps.openTask(p.name(), award.reference(), "Propose tranche release", null);
        assertThat(steps.value("amount")).isEqualTo("100000.00");
        assertThat(steps.main()).contains("Must be the tranche's amount, £100,000.00", "A funder approves it, not you");
        Browser.screenshotFullPage(browser, "milestone-5-propose-release");
        steps.type("comments", "Evidence approved on the second round.");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Release proposed: a funder approves it next");
        steps.signOut();

        steps.signIn("funder", "demo");
        steps.openTask(p.name(), award.reference(), "Approve tranche release", null);
        assertThat(steps.main()).contains("manager on", "Evidence approved on the second round.",
                "Releasing pays £100,000.00 to " + p.name() + "; the amount released becomes £100,000.00 of £300,000.00.");
        steps.choose("decision-RELEASE");
        Browser.screenshotFullPage(browser, "milestone-6-approve-release");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Tranche released");

        steps.go("/awards/" + award.id());
        WebElement money = browser.findElement(By.cssSelector("table[aria-labelledby=money-heading]"));
        assertThat(money.getText()).contains("Awarded £300,000.00", "Released to the partnership £100,000.00",
                "Spent (reported in spend returns) £0.00", "Still to release £200,000.00");
        WebElement row = browser.findElement(By.xpath("//tr[th/a[normalize-space()='" + first.title() + "']]"));
        assertThat(row.getText()).contains("Approved", "Released");
        Browser.screenshotFullPage(browser, "milestone-7-award");
        row.findElement(By.linkText(first.title())).click();
        assertThat(steps.heading()).isEqualTo(first.title());
        assertThat(steps.main()).contains("Evidence sent, round 1", "Changes requested", "Evidence sent, round 2",
                "Evidence approved", "Release of £100,000.00 proposed",
                "Release of £100,000.00 approved: paid to the partnership", "This milestone is approved")
                .doesNotContain("Re-plan the due date");
        Browser.screenshotFullPage(browser, "milestone-8-milestone-history");
        steps.signOut();

        steps.signIn("manager", "demo");
        steps.go("/milestones/" + second.id());
        LocalDate later = second.dueDate().plusMonths(1);
        steps.date("dueDate", later);
        steps.submit();
        assertThat(steps.errorSummary()).contains("Reason must be filled in");
        assertThat(browser.getTitle()).startsWith("Error: ");
        Browser.screenshotFullPage(browser, "milestone-9-replan-error");
        steps.type("reason", "The second venue opens a month late.");
        steps.submit();
        assertThat(steps.successPanel()).contains("Due date moved to " + date(later));
        assertThat(steps.main()).contains("Due date moved from " + date(second.dueDate()) + " to " + date(later),
                "The second venue opens a month late.");
        Browser.screenshotFullPage(browser, "milestone-10-replanned");
        assertThat(steps.overflowAt320Pixels()).as("the milestone page fits a 320px screen").isLessThanOrEqualTo(0);
        steps.signOut();

        steps.signIn("partner.croydon", "demo");
        steps.go("/milestones/" + first.id());
        assertThat(steps.heading()).isEqualTo("Page not found");
        assertThat(browser.getPageSource()).doesNotContain(first.title()).doesNotContain(award.reference());
        Browser.screenshot(browser, "milestone-11-other-partnership");
    }

    @Test
    void aLateMilestoneIsFollowedUpAndTheFinalReportClosesAnAwardWhosePeriodHasEnded() {
        ActiveAward award = ActiveAward.behind(port);
        NewPartnership p = award.partnership();
        Api partner = award.partnerApi(port);
        Api manager = Api.demo(port, "manager");
        ActiveAward.awaitJobs("every milestone marked overdue", () -> partner.get("/api/v1/awards/" + award.id())
                .json().findValuesAsText("status").stream().filter("OVERDUE"::equals).count() == 3);

        steps.signIn(p.username(), p.password());
        ActiveAward.Milestone first = award.milestone(0);
        steps.openTask(p.name(), award.reference(), EVIDENCE, date(first.dueDate()));
        assertThat(steps.main()).contains("Overdue", "This evidence was due on " + date(first.dueDate()), "days ago");
        Browser.screenshotFullPage(browser, "overdue-1-submit-evidence");
        steps.signOut();

        steps.signIn("manager", "demo");
        steps.openTask(p.name(), award.reference(), "Follow up overdue milestone", null);
        assertThat(steps.main()).contains("days overdue", "re-plan it on its page");
        steps.submit();
        assertThat(steps.errorSummary()).contains("Note must be filled in");
        steps.type("note", "Phoned the lead partner: the venue lease was delayed; evidence promised within a month.");
        Browser.screenshotFullPage(browser, "overdue-2-follow-up");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Follow-up recorded");
        steps.go("/awards/" + award.id());
        assertThat(browser.findElements(By.xpath("//tbody/tr[td/strong[normalize-space()='Overdue']]"))).hasSize(3);
        Browser.screenshotFullPage(browser, "overdue-3-award");
        steps.signOut();

        for (ActiveAward.Milestone m : award.milestones()) {
            if (!manager.get("/api/v1/tasks?taskDefinitionKey=followUpOverdueMilestone&partnershipId=" + p.partnershipId())
                    .json().findValuesAsText("businessKey").contains(String.valueOf(m.id()))) {
                continue; // the one followed up on the page
            }
            award.complete(manager, "followUpOverdueMilestone", m.id(), Map.of("note", "Agreed a new date by phone."));
        }
        for (ActiveAward.Milestone m : award.milestones()) {
            award.complete(partner, "submitMilestoneEvidence", m.id(), Map.of("narrative", "Done, late."));
            award.complete(manager, "reviewMilestoneEvidence", m.id(), Map.of("decision", "APPROVE"));
            award.complete(manager, "proposeTrancheRelease", m.id(), Map.of("amount", ActiveAward.TRANCHE));
            award.complete(Api.demo(port, "funder"), "approveTrancheRelease", m.id(), Map.of("decision", "RELEASE"));
        }
        // The learning reviews run beside the milestones; the award closes only when they are done too.
        long pid = p.partnershipId();
        int reviews = manager.get("/api/v1/partnerships/" + pid + "/learning-reviews").json().size();
        ActiveAward.awaitJobs("every learning review to open", () -> partner
                .get("/api/v1/tasks?taskDefinitionKey=writeLearningReview&partnershipId=" + pid).json().size() == reviews);
        Api learning = Api.demo(port, "learning");
        for (int i = 0; i < reviews; i++) {
            String write = partner.get("/api/v1/tasks?taskDefinitionKey=writeLearningReview&partnershipId=" + pid)
                    .json().get(0).get("id").asText();
            List<Map<String, Object>> ratings = new java.util.ArrayList<>();
            partner.get("/api/v1/tasks/" + write).json().at("/data/characteristics")
                    .forEach(c -> ratings.add(Map.of("characteristic", c.asText(), "score", 3)));
            assertThat(partner.post("/api/v1/tasks/" + write + "/complete", Map.of("wentWell", "Late but honest",
                    "challengesOvercome", "Time", "results", "Some", "whatMadeTheDifference", "Persistence",
                    "ratings", ratings)).status()).isEqualTo(204);
            award.complete(learning, "addReflections", null, Map.of("reflections", "Noted"));
            award.complete(manager, "signOffLearningReview", null, Map.of("decision", "SIGN_OFF"));
        }
        ActiveAward.awaitJobs("the award period's end to ask for the final report", () -> {
            // an overdue review may have raised a follow-up before it was written: those are done too
            for (JsonNode t : manager.get("/api/v1/tasks?taskDefinitionKey=followUpOverdueLearningReview&partnershipId="
                    + pid).json()) {
                manager.post("/api/v1/tasks/" + t.get("id").asText() + "/complete", Map.of("note", "Chased"));
            }
            return partner.get("/api/v1/tasks?taskDefinitionKey=submitFinalReport").json().size() == 1;
        });

        steps.signIn(p.username(), p.password());
        steps.openTask(p.name(), award.reference(), "Submit final report", null);
        assertThat(steps.context()).contains(award.reference(), "Active", "£300,000.00");
        assertThat(steps.main()).contains("£300,000.00 of the £300,000.00 awarded was released to the partnership");
        steps.submit();
        assertThat(steps.errorSummary()).contains("Report must be filled in");
        steps.type("report", "Three hubs run by residents; 640 people a month use them. We learned to hire locally.");
        Browser.screenshotFullPage(browser, "overdue-4-final-report");
        steps.type("spendSummary", "We spent £10,000.00 less on venues than planned.");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Final report submitted");
        steps.signOut();

        // A programme manager reviews it beside the money: awarded, released, reported spent and any underspend.
        steps.signIn("manager", "demo");
        steps.openTask(p.name(), award.reference(), "Review final report", null);
        assertThat(steps.main()).contains("Three hubs run by residents", "We spent £10,000.00 less on venues",
                "Awarded", "Released", "Reported spent", "£300,000.00", "recorded as underspend to recover")
                .doesNotContain("ACCEPT", "RETURN");
        assertThat(org.partnerflow.support.Axe.seriousOrCritical(browser)).isEmpty();
        assertThat(steps.overflowAt320Pixels()).isZero();
        steps.choose("decision-RETURN");
        steps.submit();
        assertThat(steps.errorSummary()).contains("Comments");
        steps.choose("decision-ACCEPT");
        Browser.screenshotFullPage(browser, "overdue-4b-review-final-report");
        steps.submit();
        assertThat(steps.successPanel()).isEqualTo("Final report accepted: the award is closed");
        steps.go("/awards/" + award.id());
        assertThat(steps.main()).contains("Closed", "Still to release £0.00");
        Browser.screenshotFullPage(browser, "overdue-5-award-closed");
    }
}
