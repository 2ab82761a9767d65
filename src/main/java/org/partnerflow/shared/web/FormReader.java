package org.partnerflow.shared.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.partnerflow.shared.DomainRuleViolation;

/**
 * Reads a page form's parameters (named by their JSON paths) into the values of an API request, collecting the
 * fields that cannot be read; then checks the request with the API's own Bean Validation rules, so a page refuses
 * what the API refuses and names the same fields, in the order the form shows them.
 */
public final class FormReader {

    private final Map<String, String[]> params;
    private final List<String> order;
    private final DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();

    /** {@code order} lists the form's fields top to bottom, for the error summary. */
    public FormReader(Map<String, String[]> params, List<String> order) {
        this.params = params;
        this.order = order;
    }

    /** The field's text as given, empty when missing. */
    public String text(String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }

    /** The field's text, or null when it is blank. */
    public String optional(String name) {
        String text = text(name).trim();
        return text.isEmpty() ? null : text;
    }

    /** Every non-blank value of a repeated field (checkboxes). */
    public List<String> all(String name) {
        String[] values = params.get(name);
        return values == null ? List.of() : Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    /** An amount in pounds (commas and a pound sign allowed); null when blank or unreadable, which is noted. */
    public BigDecimal amount(String name) {
        String text = text(name).replace(",", "").replace("£", "").trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            rules.check(false, name, "must be a valid bigdecimal");
            return null;
        }
    }

    /** A whole number; null when blank or unreadable, which is noted. */
    public Integer whole(String name) {
        String text = text(name).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            rules.check(false, name, "must be a valid integer");
            return null;
        }
    }

    /** A date as a date field sends it (2027-03-31); null when blank or unreadable or out of range, which is noted. */
    public java.time.LocalDate date(String name) {
        String text = text(name).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return org.partnerflow.shared.DateLimits.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            rules.check(false, name, "must be a valid localdate"); // Jackson's words for the API, made plain by FormState
        } catch (IllegalArgumentException e) {
            rules.check(false, name, org.partnerflow.shared.DateLimits.RULE);
        }
        return null;
    }

    /** Whether the form has noted a broken rule of its own for this field. */
    public boolean refused(String name) {
        return rules.errors().stream().anyMatch(r -> r.field().equals(name));
    }

    /** Notes a broken rule of the form's own. */
    public void refuse(String name, String message) {
        rules.check(false, name, message);
    }

    /** Checks the request by its Bean Validation rules, then throws every broken rule at once. */
    public <T> T checked(T request, Validator validator) {
        Comparator<ConstraintViolation<T>> byField = Comparator.comparing(v -> position(field(v)));
        validator.validate(request).stream()
                .filter(v -> !rules.errors().stream().anyMatch(r -> r.field().equals(field(v))))
                .sorted(byField.thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> rules.check(false, field(v), v.getMessage()));
        rules.throwIfAny();
        return request;
    }

    private int position(String field) {
        int at = order.indexOf(field.replaceAll("\\[.*", ""));
        return at < 0 ? order.size() : at;
    }

    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.<[^>]*>", "");
    }
}
