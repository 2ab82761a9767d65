package org.partnerflow.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.partnerflow.shared.DomainRuleViolation;

/**
 * What a page's form shows: the value of each field and the errors against them, keyed by the field's name (its
 * JSON path). Templates (tasks/fields.html) ask it for values, ids, messages and how many rows a list needs; every
 * module's forms use it, so errors look the same on every page.
 */
public final class FormState {

    private static final Pattern CAMEL_WORD = Pattern.compile("\\b[a-z]+(?:[A-Z][a-z0-9]*)+\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** Rules name dates in ISO form (for the API); a form's reader gets them as 31 March 2027, as the rules' English. */
    private static final Pattern ROW = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)\\[(\\d+)]");
    /** Jackson's and Bean Validation's words for a value they could not take, in the words a form's reader uses. */
    private static final Map<String, String> PLAIN = Map.of(
            "must not be null", "must be given",
            "must not be blank", "must be filled in",
            "must be a valid bigdecimal", "must be an amount in pounds, such as 150000.00",
            "must be a valid integer", "must be a whole number",
            "must be a valid localdate", "must be a real date",
            "must be a valid boolean", "must be yes or no");

    private static final Pattern DATE_PARTS = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final Map<String, String> values;
    private final List<Problem> problems;
    /** The list the reader asked for one more row of (Add another), or null. */
    private final String addedRow;

    private FormState(Map<String, String> values, List<Problem> problems, String addedRow) {
        this.values = values;
        this.problems = problems;
        this.addedRow = addedRow;
    }

    private FormState(Map<String, String> values, List<Problem> problems) {
        this(values, problems, null);
    }

    /** The same form with one more, empty, row in a list that grows by Add another (see {@link #entries}). */
    public FormState withAddedRow(String list) {
        return new FormState(values, problems, list);
    }

    /** One broken rule: the field it belongs to, where the error summary links, and what to say. */
    public record Problem(String field, String anchor, String text) {
    }

    /** A form filled from earlier answers, without errors. */
    public static FormState of(Map<String, String> values) {
        return new FormState(new LinkedHashMap<>(values), List.of());
    }

    /**
     * A form as it was submitted, with the broken rules placed on its fields. {@code formField} names the form's
     * field for an error's path in the body (rows dropped from the body shift indices). An error on a field that
     * only identifies a row (a hidden year) is shown on the row's group instead, where the reader can see it.
     */
    public static FormState submitted(Map<String, String[]> params, List<DomainRuleViolation.FieldRule> errors,
            UnaryOperator<String> formField, Set<String> rowKeys) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, given) -> values.put(name, given.length == 0 ? "" : given[0]));
        List<Problem> problems = new ArrayList<>();
        for (DomainRuleViolation.FieldRule error : errors) {
            String field = formField.apply(error.field());
            List<FieldPath.Step> steps = FieldPath.parse(field);
            FieldPath.Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            // An error on a list element (links[1]) ends in an index, which is never a row key.
            if (last != null && !last.isIndex() && rowKeys.contains(last.name())) {
                field = steps.get(0).name();
            }
            problems.add(new Problem(field, FieldPath.id(field), sentence(field, error.message())));
        }
        return new FormState(values, problems);
    }

    private static String sentence(String field, String message) {
        String plain = PLAIN.getOrDefault(message, message);
        Matcher camel = CAMEL_WORD.matcher(plain);
        plain = camel.replaceAll(m -> FieldPath.words(m.group()));
        plain = ISO_DATE.matcher(plain).replaceAll(m -> day(m.group()));
        boolean predicate = plain.matches("^(must|is|are|has|lists|names) .*");
        return FieldPath.label(field) + (predicate ? " " : ": ") + plain;
    }

    private static String day(String iso) {
        try {
            return org.partnerflow.shared.PlainDates.format(java.time.LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException notADate) {
            return iso;
        }
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /**
     * The value of {@code field} in the row of {@code list} whose {@code key} is {@code keyValue} (a budget row by its
     * year), or "": a draft drops a row left empty, so a row's index in the draft may not be its index on the page.
     */
    public String valueInRow(String list, String key, Object keyValue, String field) {
        String wanted = String.valueOf(keyValue);
        Pattern row = Pattern.compile(Pattern.quote(list) + "\\[\\d+]\\." + Pattern.quote(key));
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String name = entry.getKey();
            if (row.matcher(name).matches() && wanted.equals(entry.getValue())) {
                return value(name.substring(0, name.length() - key.length()) + field);
            }
        }
        return "";
    }

    public boolean checked(String name, String value) {
        return value.equals(values.get(name));
    }

    public String id(String name) {
        return FieldPath.id(name);
    }

    /** The ids of a field's hint and error messages, for aria-describedby; null when it has neither. */
    public String describedBy(String name, boolean hinted) {
        String ids = ((hinted ? id(name) + "-hint " : "") + (hasError(name) ? id(name) + "-error" : "")).trim();
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

    /** The messages for one field, as one sentence each. */
    public List<String> errors(String name) {
        return problems.stream().filter(p -> p.field().equals(name)).map(Problem::text).toList();
    }

    /** The row numbers a list shows: at least {@code min}, and one spare after the last row that has a value. */
    public List<Integer> rows(String list, int min) {
        int used = 0;
        for (String name : values.keySet()) {
            Matcher m = ROW.matcher(name);
            if (m.find() && m.group(1).equals(list) && !values.get(name).isBlank()) {
                used = Math.max(used, Integer.parseInt(m.group(2)) + 1);
            }
        }
        return IntStream.range(0, Math.max(min, used + 1)).boxed().toList();
    }

    /**
     * The row numbers of a list that grows by Add another: each row up to the last one with a value (at least one),
     * and an empty one more when the reader has just asked for it ({@link #withAddedRow}).
     */
    public List<Integer> entries(String list) {
        int shown = Math.max(1, rows(list, 0).size() - 1);
        return IntStream.range(0, shown + (list.equals(addedRow) ? 1 : 0)).boxed().toList();
    }

    /**
     * One box of a date typed in three (part is day, month or year): as the reader typed it, or from the ISO date
     * the form started with (a draft, returned work), written as a person would type it (1, not 01).
     */
    public String datePart(String name, String part) {
        String typed = values.get(name + "." + part);
        if (typed != null) {
            return typed;
        }
        Matcher iso = DATE_PARTS.matcher(values.getOrDefault(name, ""));
        if (!iso.matches()) {
            return "";
        }
        return switch (part) {
            case "day" -> String.valueOf(Integer.parseInt(iso.group(3)));
            case "month" -> String.valueOf(Integer.parseInt(iso.group(2)));
            default -> iso.group(1);
        };
    }

    /** The row numbers of a list with exactly {@code count} rows (one per criterion, per tranche). */
    public List<Integer> exactly(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
