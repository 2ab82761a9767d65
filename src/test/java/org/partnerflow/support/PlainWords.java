package org.partnerflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Finds the code's words in text meant for a person: an enum constant of the application (AWARD_OPENED, PROPOSED,
 * SIGN_OFF), a BPMN element id (submitProposal), or an ISO date (2027-03-31). The lists come from the code and the
 * models themselves, so a new enum or a new task is checked without changing this class.
 */
public final class PlainWords {

    /** Capitals that are words in English, not codes, though some enum happens to use them too. */
    private static final Set<String> ACRONYMS = Set.of("NHS", "VCSE", "GBP", "CSV", "JSON", "API", "PDF", "ICS", "UK",
            "CEO", "GP", "A", "I", "OK", "ID", "URL", "SOS");
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z0-9]*\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private final Set<String> constants;
    private final Set<String> elementIds;

    private PlainWords(Set<String> constants, Set<String> elementIds) {
        this.constants = constants;
        this.elementIds = elementIds;
    }

    /** The words of org.partnerflow's enums and of bpmn/*.bpmn. */
    public static PlainWords ofThisApplication() {
        return new PlainWords(enumConstants("org.partnerflow"), bpmnIds(Path.of("bpmn")));
    }

    public Set<String> constants() {
        return constants;
    }

    public Set<String> elementIds() {
        return elementIds;
    }

    /** What a person would read in a page that is code: each finding quotes the text around it. */
    public List<String> inPage(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, template, head").remove();
        List<String> found = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                found.addAll(inText(text.text()));
            }
        }, page.body());
        for (Element labelled : page.select("[aria-label], [title], img[alt]")) {
            Stream.of("aria-label", "title", "alt").filter(labelled::hasAttr)
                    .forEach(a -> found.addAll(inText(labelled.attr(a))));
        }
        return found;
    }

    /** The same findings in plain text (an e-mail, a subject line). */
    public List<String> inText(String text) {
        List<String> found = new ArrayList<>();
        Matcher capitals = CAPITALS.matcher(text);
        while (capitals.find()) {
            String word = capitals.group();
            if (constants.contains(word) && !ACRONYMS.contains(word)) {
                found.add("enum constant " + word + " in \"" + around(text, capitals) + "\"");
            }
        }
        Matcher camel = CAMEL.matcher(text);
        while (camel.find()) {
            if (elementIds.contains(camel.group())) {
                found.add("BPMN id " + camel.group() + " in \"" + around(text, camel) + "\"");
            }
        }
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            found.add("ISO date " + iso.group() + " in \"" + around(text, iso) + "\"");
        }
        return found;
    }

    private static String around(String text, Matcher m) {
        return text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)).strip();
    }

    static Set<String> enumConstants(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
        Set<String> constants = new TreeSet<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(basePackage)) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                for (Object constant : type.getEnumConstants()) {
                    constants.add(((Enum<?>) constant).name());
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return constants;
    }

    static Set<String> bpmnIds(Path folder) {
        Pattern id = Pattern.compile("\\bid=\"([A-Za-z][A-Za-z0-9]*)\"");
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> models = Files.list(folder)) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher m = id.matcher(Files.readString(model));
                while (m.find()) {
                    // only camelCase ids are words a person could mistake for text; lane or pool names are plain
                    if (CAMEL.matcher(m.group(1)).matches()) {
                        ids.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}
