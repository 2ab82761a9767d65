package org.partnerflow.shared;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request broke one or more business rules that name a field (for example an award cap above the budget).
 * Mapped once to a 400 problem detail whose errors list names each field and its rule.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class DomainRuleViolation extends RuntimeException {

    private final List<FieldRule> errors;

    public DomainRuleViolation(String field, String message) {
        this(List.of(new FieldRule(field, message)));
    }

    private DomainRuleViolation(List<FieldRule> errors) {
        super(errors.get(0).field() + " " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public String field() {
        return errors.get(0).field();
    }

    public List<FieldRule> errors() {
        return errors;
    }

    /** A field and the rule it broke, in words. */
    public record FieldRule(String field, String message) {
    }

    /** Collects every broken rule of a request, so the caller learns them all at once. */
    public static final class Collector {
        private final List<FieldRule> errors = new ArrayList<>();

        public Collector check(boolean holds, String field, String message) {
            if (!holds) {
                errors.add(new FieldRule(field, message));
            }
            return this;
        }

        public List<FieldRule> errors() {
            return List.copyOf(errors);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new DomainRuleViolation(errors);
            }
        }
    }
}
