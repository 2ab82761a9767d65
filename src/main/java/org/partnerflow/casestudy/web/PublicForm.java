package org.partnerflow.casestudy.web;

import java.util.List;
import java.util.Map;
import org.partnerflow.shared.Formats;

/**
 * The public update form's values and errors, in the shape the shared field fragments and the error summary read
 * (value, id, hasError, errors, describedBy), so the public page shows errors exactly as the task forms do.
 */
public final class PublicForm {

    /** The fields' labels (i18n/casestudy.properties), as the page names them. */
    private static final Map<String, String> LABELS = Map.of("name", "caseStudy.update.name",
            "email", "caseStudy.update.email", "message", "caseStudy.update.message");

    private final Map<String, String> values;
    private final List<Problem> problems;

    /** One field's broken rule: where the summary links to and what it says. */
    public record Problem(String field, String anchor, String text) {
    }

    PublicForm(Map<String, String> values, List<Problem> problems) {
        this.values = values;
        this.problems = problems;
    }

    static PublicForm empty() {
        return new PublicForm(Map.of(), List.of());
    }

    static Problem problem(String field, String message, Formats formats) {
        String label = LABELS.containsKey(field) ? formats.text(LABELS.get(field)) : field;
        return new Problem(field, field, formats.text("caseStudy.update.problem", label, message));
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public String id(String name) {
        return name;
    }

    public String describedBy(String name, boolean hinted) {
        String ids = ((hinted ? name + "-hint " : "") + (hasError(name) ? name + "-error" : "")).trim();
        return ids.isEmpty() ? null : ids;
    }

    public boolean hasErrors() {
        return !problems.isEmpty();
    }

    public List<Problem> getErrors() {
        return problems;
    }

    public boolean hasError(String name) {
        return problems.stream().anyMatch(p -> p.field().equals(name));
    }

    public List<String> errors(String name) {
        return problems.stream().filter(p -> p.field().equals(name)).map(Problem::text).toList();
    }
}
