package org.partnerflow.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal by a named rule (separation of duties, conflicts of interest): a 403 whose detail says the rule, so the
 * caller knows why, unlike a plain role refusal.
 */
public class RuleRefusal extends AccessDeniedException {

    private final String rule;

    public RuleRefusal(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** The rule's short name, for example conflict-of-interest. */
    public String rule() {
        return rule;
    }
}
