package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerflow.support.Browser;

/** What a person does on the pages, in a few words each: sign in, open a task from the list, fill in, submit. */
final class BrowserSteps {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final WebDriver browser;
    private final int port;

    BrowserSteps(WebDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    /** A date as the pages write it: 30 September 2027. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    void signIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        // The click may return before the sign-in has landed: going elsewhere first would cut it short.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pf-header__user")));
    }

    void signOut() {
        browser.findElement(By.cssSelector(".pf-header form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?logout"));
    }

    void go(String path) {
        browser.get(url(path));
    }

    /**
     * Opens a task from the task list, filtered to the partnership when the user sees several: the row of the award
     * that also mentions {@code alsoShowing} (a due date, when a partnership has one task of the kind per milestone).
     */
    void openTask(String partnership, String reference, String taskName, String alsoShowing) {
        Browser.navigate(browser, "Tasks");
        if (!browser.findElements(By.id("partnershipId")).isEmpty()) {
            new Select(browser.findElement(By.id("partnershipId"))).selectByVisibleText(partnership);
            // The unfiltered list may hold the same row: look for it only once the filtered page has replaced it.
            Browser.follow(browser, browser.findElement(By.xpath("//button[normalize-space()='Show tasks']")));
        }
        String row = "//tr[td//a[normalize-space()='" + reference + "'] and td/a[normalize-space()='" + taskName + "']"
                + (alsoShowing == null ? "" : " and contains(., '" + alsoShowing + "')") + "]";
        browser.findElement(By.xpath(row)).findElement(By.linkText(taskName)).click();
        assertThat(heading()).isEqualTo(taskName);
    }

    void type(String name, String text) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Chromium's date input takes keys in the locale's order; setting the value is what a picker does. */
    void date(String name, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.name(name)), date.toString());
    }

    void choose(String id) {
        browser.findElement(By.id(id)).click();
    }

    String value(String name) {
        return browser.findElement(By.name(name)).getAttribute("value");
    }

    /** Presses the page's main button: the task's form or the re-plan form (claiming is a secondary button). */
    /** Presses the form's main button and waits for the next page, so nothing is read from the one just left. */
    void submit() {
        WebElement leaving = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("main button[type=submit].pf-button:not(.pf-button--secondary)")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> gone(leaving));
    }

    /** Whether the element's page has been replaced; Chrome reports a node of a replaced page in either of two ways. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    String successPanel() {
        return browser.findElement(By.cssSelector(".pf-panel--success")).getText();
    }

    String errorSummary() {
        return browser.findElement(By.cssSelector(".pf-error-summary")).getText();
    }

    String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    String context() {
        return browser.findElement(By.cssSelector(".pf-task__context")).getText();
    }

    String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** How many pixels wider than a 320px screen the page is (0 or less when it fits). */
    int overflowAt320Pixels() {
        Browser.resize(browser, 320, 900);
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Browser.resize(browser, 1280, 1000);
        return overflow.intValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
