package org.partnerflow.shared;

/**
 * A request broke a business rule that names a field (for example an award cap above the budget).
 * Mapped once to a 400 problem detail whose errors list names the field and the rule.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class DomainRuleViolation extends RuntimeException {

    private final String field;

    public DomainRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
