package org.partnerflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the axe.min.js that Deque ships in its Maven artifact, nothing downloaded) in the page the browser
 * shows, against the WCAG 2.0, 2.1 and 2.2 A and AA rules, and returns the violations of a given impact.
 */
public final class Axe {

    private static final String RULES = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;

    private Axe() {
    }

    /** A violated rule with the page elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + " at " + targets;
        }
    }

    /** The serious and critical violations on the page now shown. */
    public static List<Violation> seriousOrCritical(WebDriver browser) {
        return check(browser).stream().filter(v -> "serious".equals(v.impact()) || "critical".equals(v.impact())).toList();
    }

    public static List<Violation> check(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(source());
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: %s }, resultTypes: ['violations'] })
                    .then(function (r) { done(JSON.stringify(r.violations)); })
                    .catch(function (e) { done(JSON.stringify({ error: String(e) })); });""".formatted(RULES));
        try {
            JsonNode violations = JSON.readTree(String.valueOf(result));
            if (violations.has("error")) {
                throw new IllegalStateException("axe-core failed: " + violations.get("error").asText());
            }
            List<Violation> found = new ArrayList<>();
            for (JsonNode v : violations) {
                List<String> targets = new ArrayList<>();
                for (JsonNode node : v.get("nodes")) {
                    targets.add(node.get("target").toString() + " " + node.path("failureSummary").asText().replace('\n', ' '));
                }
                found.add(new Violation(v.get("id").asText(), v.get("impact").asText(), v.get("help").asText(), targets));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is missing: com.deque.html.axe-core:selenium carries it");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
