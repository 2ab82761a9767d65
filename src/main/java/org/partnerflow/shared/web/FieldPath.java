package org.partnerflow.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON path as forms and error lists write it ({@code milestones[0].title}), split into names and indices. Page
 * forms name their fields by these paths, so a rule broken in the body lands on the field that was filled in.
 */
public final class FieldPath {

    private static final Pattern STEP = Pattern.compile("\\G(?:(?:^|\\.)([A-Za-z][A-Za-z0-9]*)|\\[(\\d{1,4})])");
    /** Bean Validation names list elements like {@code communityAims[0].<list element>}: not a field. */
    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.<[^>]*>");

    private FieldPath() {
    }

    /** One step: a field name, or an index into a list. */
    public record Step(String name, int index) {
        public boolean isIndex() {
            return name == null;
        }
    }

    /** The steps of a path; empty when it is not a path (the form's other parameters, errors about the whole body too). */
    public static List<Step> parse(String path) {
        String clean = path == null ? "" : CONTAINER_ELEMENT.matcher(path).replaceAll("");
        List<Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(clean);
        int end = 0;
        while (m.find()) {
            steps.add(m.group(1) != null ? new Step(m.group(1), -1) : new Step(null, Integer.parseInt(m.group(2))));
            end = m.end();
        }
        return end == clean.length() ? steps : List.of();
    }

    /** The HTML id of a field: milestones[0].title is milestones-0-title. */
    public static String id(String path) {
        StringBuilder id = new StringBuilder();
        for (Step step : parse(path)) {
            id.append(id.isEmpty() ? "" : "-").append(step.isIndex() ? String.valueOf(step.index()) : step.name());
        }
        return id.isEmpty() ? "form" : id.toString();
    }

    /** A field's name in words: milestones[1].trancheAmount reads as Milestone 2, tranche amount. */
    public static String label(String path) {
        StringBuilder label = new StringBuilder();
        List<Step> steps = parse(path);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.isIndex()) {
                label.append(' ').append(step.index() + 1);
                continue;
            }
            boolean listed = i + 1 < steps.size() && steps.get(i + 1).isIndex();
            String words = words(step.name());
            if (listed && words.endsWith("s")) {
                words = words.substring(0, words.length() - 1); // "milestones[1]" reads "milestone 2"
            }
            label.append(label.isEmpty() ? "" : ", ").append(words);
        }
        return label.isEmpty() ? "The form" : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** camelCase in words: amountRequested reads as amount requested. */
    public static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    }
}
