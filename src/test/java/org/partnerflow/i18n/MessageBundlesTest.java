package org.partnerflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text a reader sees comes from the message bundles (issue 10, item 7): a page or mail template that writes
 * words of its own, or refers to a key no bundle defines, fails here with the file and the words.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** Attributes a reader sees or hears; their th: versions take a bundle text. */
    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "aria-roledescription", "label");
    /** th: attributes whose value becomes visible text. */
    private static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:utext", "th:title", "th:alt",
            "th:placeholder", "th:aria-label", "th:label");
    /** Elements whose content is code, not prose. */
    private static final Set<String> CODE = Set.of("code", "script", "style", "pre");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern INLINE = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern TEXT_TAG = Pattern.compile("\\[#[^]]*]|\\[/]");
    private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    private static final Pattern FMT_TEXT = Pattern.compile("@fmt\\.text\\('([A-Za-z0-9_.\\-]+)'");
    private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern SUBSTITUTION = Pattern.compile("\\|([^|]*)\\|");
    private static final Pattern EXPRESSION = Pattern.compile("[$*#@~]\\{[^}]*}");

    private static final Map<String, String> keys = new LinkedHashMap<>();
    private static final Map<String, String> keyFile = new LinkedHashMap<>();
    private static final List<String> clashes = new ArrayList<>();

    @BeforeAll
    static void loadBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties")).toList()) {
                Properties bundle = new Properties();
                try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                    bundle.load(reader);
                }
                for (String key : bundle.stringPropertyNames()) {
                    String other = keyFile.putIfAbsent(key, file.getFileName().toString());
                    if (other != null) {
                        clashes.add(key + " in " + other + " and " + file.getFileName());
                    }
                    keys.put(key, bundle.getProperty(key));
                }
            }
        }
    }

    @Test
    void everyBundleNamedInTheConfigurationExistsAndNoKeyIsDefinedTwice() throws IOException {
        String config = Files.readString(Path.of("src/main/resources/application.yml"));
        Matcher basename = Pattern.compile("basename: (.+)").matcher(config);
        assertThat(basename.find()).as("spring.messages.basename").isTrue();
        for (String name : basename.group(1).strip().split(",")) {
            assertThat(Path.of("src/main/resources", name.strip() + ".properties")).exists();
        }
        assertThat(clashes).as("keys defined in two bundles").isEmpty();
    }

    @Test
    void everyTextWithArgumentsIsAValidMessageFormat() {
        List<String> broken = new ArrayList<>();
        keys.forEach((key, text) -> {
            if (!text.matches("(?s).*\\{\\d.*")) {
                return; // without arguments the text is shown as written
            }
            try {
                new MessageFormat(text);
                if (text.replace("''", "").contains("'")) {
                    broken.add(key + ": a single quote in a text with arguments is an escape; write ''");
                }
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void pagesWriteNoWordsOfTheirOwn() throws IOException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Path template : templates(".html")) {
            Document page = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            List<String> words = new ArrayList<>();
            literalText(page.body(), false, words);
            literalText(page.head(), false, words);
            page.select("title").forEach(t -> {
                if (!t.hasAttr("th:text") && !t.hasAttr("th:replace") && LETTER.matcher(t.text()).find()) {
                    words.add("<title> " + t.text());
                }
            });
            if (!words.isEmpty()) {
                found.put(TEMPLATES.relativize(template).toString(), words);
            }
        }
        for (Path template : templates(".txt")) {
            String text = TEXT_TAG.matcher(INLINE.matcher(Files.readString(template)).replaceAll("")).replaceAll("");
            List<String> words = text.lines().map(String::strip).filter(l -> LETTER.matcher(l).find()).toList();
            if (!words.isEmpty()) {
                found.put(TEMPLATES.relativize(template).toString(), words);
            }
        }
        assertThat(found).as("words written into templates instead of a bundle (file: words)").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesIsInABundle() throws IOException {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        List<Path> sources = new ArrayList<>(templates(".html"));
        sources.addAll(templates(".txt"));
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            sources.addAll(java.filter(f -> f.toString().endsWith(".java")).toList());
        }
        for (Path source : sources) {
            String text = Files.readString(source);
            Set<String> absent = new TreeSet<>();
            for (Pattern pattern : List.of(MESSAGE, FMT_TEXT)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    if (!keys.containsKey(m.group(1))) {
                        absent.add(m.group(1));
                    }
                }
            }
            if (!absent.isEmpty()) {
                missing.put(source.toString(), absent);
            }
        }
        assertThat(missing).as("keys no bundle defines").isEmpty();
    }

    private static void literalText(Element element, boolean replaced, List<String> words) {
        String name = element.normalName();
        if (CODE.contains(name) || "all".equals(element.attr("th:remove"))) {
            return;
        }
        boolean textReplaced = replaced || element.hasAttr("th:text") || element.hasAttr("th:utext")
                || element.hasAttr("th:replace") || element.hasAttr("th:insert");
        for (var attribute : element.attributes()) {
            String key = attribute.getKey();
            String value = attribute.getValue();
            if (!replaced && READ_ATTRIBUTES.contains(key) && LETTER.matcher(value).find()) {
                words.add("<" + name + " " + key + "> " + value);
            }
            if (TEXT_EXPRESSIONS.contains(key)) {
                literalsIn(value).forEach(l -> words.add("<" + name + " " + key + "> '" + l + "'"));
            }
        }
        if (!textReplaced) {
            for (TextNode node : element.textNodes()) {
                String text = INLINE.matcher(node.getWholeText()).replaceAll("").strip();
                if (LETTER.matcher(text).find()) {
                    words.add("<" + name + "> " + text.replaceAll("\\s+", " "));
                }
            }
        }
        for (Element child : element.children()) {
            literalText(child, textReplaced, words);
        }
    }

    /** Words written as literals inside an expression: 'No awards yet' or |Due on ${date}|. */
    private static List<String> literalsIn(String expression) {
        List<String> literals = new ArrayList<>();
        Matcher substitution = SUBSTITUTION.matcher(expression);
        while (substitution.find()) {
            String rest = EXPRESSION.matcher(substitution.group(1)).replaceAll("");
            if (LETTER.matcher(rest).find()) {
                literals.add(rest.strip());
            }
        }
        Matcher quoted = QUOTED.matcher(SUBSTITUTION.matcher(expression).replaceAll(""));
        while (quoted.find()) {
            String literal = quoted.group(1);
            // Names and codes (ADMIN, pf-tag, status.) are not prose; words have a lower-case letter after a capital
            // or a space between letters.
            if (literal.matches("(?s).*\\p{Lu}\\p{Ll}.*|(?s).*\\p{L}\\s+\\p{L}.*") && !literal.matches("[a-z.]+\\.")) {
                literals.add(literal);
            }
        }
        return literals;
    }

    private static List<Path> templates(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
