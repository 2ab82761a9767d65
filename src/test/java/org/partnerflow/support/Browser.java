package org.partnerflow.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its system chromedriver: never a downloaded browser. Where neither is
 * installed the browser tests are skipped locally, and fail on CI (CI=true), which installs them.
 */
public final class Browser {

    public static final File CHROMIUM = new File("/usr/bin/chromium");
    public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    public static WebDriver start() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install Debian's chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(installed, "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver "
                + "(apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1280,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /**
     * Clicks a link and returns once its page has replaced the one it was on. Without the wait, a link back to the
     * page already shown (the task list after completing a task) lets the next lookup find the old page's elements,
     * which go stale under it.
     */
    public static void follow(WebDriver driver, WebElement link) {
        WebElement page = driver.findElement(By.tagName("html"));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(page));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element is no longer in the page the browser shows. Mid-navigation Chromium may answer "Node with
     * given id does not belong to the document" instead of a stale element reference: the same fact, in other words.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException failed) {
            if (String.valueOf(failed.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw failed;
        }
    }

    /** Follows the header's navigation link with this text. */
    public static void navigate(WebDriver driver, String linkText) {
        follow(driver, driver.findElement(By.cssSelector(".pf-nav")).findElement(By.linkText(linkText)));
    }

    public static void resize(WebDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot of the whole page, however long, by growing the window to fit it for the moment. */
    public static void screenshotFullPage(WebDriver driver, String name) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 200, 10000)));
        screenshot(driver, name);
        driver.manage().window().setSize(window);
    }

    /** Saves a full-window screenshot under target/screenshots/ for a person to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
