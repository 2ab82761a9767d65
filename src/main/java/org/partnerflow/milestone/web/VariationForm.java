package org.partnerflow.milestone.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnerflow.milestone.VariationRequest;
import org.partnerflow.shared.DateLimits;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.DomainRuleViolation.FieldRule;

/**
 * The milestone page's re-plan form read into the API's own {@link VariationRequest} and checked by the same
 * Bean Validation rules, so the page refuses what the API refuses and names the same fields.
 */
final class VariationForm {

    static final String DUE_DATE = "dueDate";
    static final String REASON = "reason";

    private VariationForm() {
    }

    /** The request the form asks for; a DomainRuleViolation naming every field that is missing or wrong. */
    static VariationRequest read(Map<String, String[]> params, Validator validator) {
        List<FieldRule> errors = new ArrayList<>();
        LocalDate dueDate = null;
        String typed = first(params, DUE_DATE);
        if (!typed.isBlank()) {
            try {
                dueDate = DateLimits.parse(typed);
            } catch (DateTimeParseException e) {
                // The words Jackson uses for the API's body, which FormState turns into plain English.
                errors.add(new FieldRule(DUE_DATE, "must be a valid localdate"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldRule(DUE_DATE, DateLimits.RULE));
            }
        }
        if (typed.isBlank()) {
            errors.add(new FieldRule(DUE_DATE, "must not be null")); // the page re-plans dates; amounts go through the API
        }
        VariationRequest request = new VariationRequest(dueDate, null, null, first(params, REASON));
        DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();
        errors.forEach(e -> rules.check(false, e.field(), e.message()));
        for (ConstraintViolation<VariationRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            // A date that could not be read is already said once; its missing value need not be said again.
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                rules.check(false, field, violation.getMessage());
            }
        }
        rules.throwIfAny();
        return request;
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }
}
