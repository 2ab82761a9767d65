package org.partnerflow.security.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerflow.security.PasswordReset;
import org.partnerflow.security.Role;
import org.partnerflow.security.UserChange;
import org.partnerflow.security.UserRequest;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;

/**
 * The admin pages' forms read into the API's own requests and checked by the same Bean Validation rules, so a page
 * refuses what the API refuses and names the same fields. Passwords are never put back into a form.
 */
final class UserForm {

    static final String PASSWORD = "password";
    /** The fields in the order the form shows them, so the error summary reads top to bottom. */
    private static final List<String> FIELDS = List.of("username", "displayName", "email", PASSWORD, "roles",
            "partnershipIds", "active", "version");

    private UserForm() {
    }

    /** The new user the form describes; the form's own rules are worded in the reader's language. */
    static UserRequest newUser(Map<String, String[]> params, Validator validator, Formats formats) {
        DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();
        Set<Role> roles = roles(params, rules, formats);
        List<Long> partnershipIds = partnershipIds(params, rules, formats);
        String email = first(params, "email").trim();
        UserRequest request = new UserRequest(first(params, "username").trim(), first(params, "displayName"),
                email.isEmpty() ? null : email, first(params, PASSWORD), roles, partnershipIds);
        check(validator.validate(request), rules);
        // The service's rule too, so that the page names every problem at once.
        rules.check(!roles.contains(Role.PARTNER) || !partnershipIds.isEmpty(), "partnershipIds",
                formats.text("admin.rule.partnerNeedsPartnership"));
        rules.throwIfAny();
        return request;
    }

    /**
     * The change the edit form describes: every field the form shows, so a box left unticked takes a role or a
     * membership away. The version is the one the form was drawn from.
     */
    static UserChange change(Map<String, String[]> params, Validator validator, Formats formats) {
        DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();
        Set<Role> roles = roles(params, rules, formats);
        List<Long> partnershipIds = partnershipIds(params, rules, formats);
        String active = first(params, "active");
        rules.check(active.equals("true") || active.equals("false"), "active", formats.text("admin.rule.active"));
        Long version = null;
        try {
            version = Long.valueOf(first(params, "version"));
        } catch (NumberFormatException e) {
            rules.check(false, "version", formats.text("admin.rule.stale"));
        }
        UserChange change = new UserChange(first(params, "displayName"), first(params, "email").trim(), roles,
                partnershipIds, Boolean.valueOf(active), version);
        check(validator.validate(change), rules);
        // The service's rules too, worded for the page, so that it names every problem at once.
        rules.check(!first(params, "displayName").isBlank(), "displayName", formats.text("admin.rule.nameBlank"));
        rules.check(!roles.isEmpty(), "roles", formats.text("admin.rule.noRole"));
        rules.check(!roles.contains(Role.PARTNER) || !partnershipIds.isEmpty(), "partnershipIds",
                formats.text("admin.rule.partnerNeedsPartnership"));
        rules.throwIfAny();
        return change;
    }

    private static Set<Role> roles(Map<String, String[]> params, DomainRuleViolation.Collector rules,
            Formats formats) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : all(params, "roles")) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                rules.check(false, "roles", formats.text("admin.rule.unknownRole"));
            }
        }
        return roles;
    }

    private static List<Long> partnershipIds(Map<String, String[]> params, DomainRuleViolation.Collector rules,
            Formats formats) {
        List<Long> partnershipIds = new ArrayList<>();
        for (String id : all(params, "partnershipIds")) {
            try {
                partnershipIds.add(Long.valueOf(id));
            } catch (NumberFormatException e) {
                rules.check(false, "partnershipIds", formats.text("admin.rule.unknownPartnership"));
            }
        }
        return partnershipIds;
    }

    static PasswordReset passwordReset(Map<String, String[]> params, Validator validator) {
        PasswordReset reset = new PasswordReset(first(params, PASSWORD));
        DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();
        check(validator.validate(reset), rules);
        rules.throwIfAny();
        return reset;
    }

    /** The submitted values to show again: every field but the password. */
    static Map<String, String[]> withoutPassword(Map<String, String[]> params) {
        Map<String, String[]> kept = new LinkedHashMap<>(params);
        kept.remove(PASSWORD);
        kept.remove("_csrf");
        return kept;
    }

    private static <T> void check(Set<ConstraintViolation<T>> violations, DomainRuleViolation.Collector rules) {
        violations.stream()
                .sorted(java.util.Comparator.comparing((ConstraintViolation<T> v) -> FIELDS.indexOf(field(v)))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> rules.check(false, field(v), v.getMessage()));
    }

    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\[.*", "");
    }

    static List<String> all(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null ? List.of() : Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }
}
