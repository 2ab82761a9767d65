package org.partnerflow.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Money;

/**
 * An award's money: what was asked for, what was awarded and what has been released so far. Never more released than
 * awarded, and the award never varied below what is released (the database checks both too).
 */
@Embeddable
class AwardMoney {

    @Column(name = "amount_requested")
    private BigDecimal requested;

    @Column(name = "amount_awarded")
    private BigDecimal awarded;

    @Column(name = "amount_released", nullable = false)
    private BigDecimal released = BigDecimal.ZERO.setScale(2);

    void request(BigDecimal amount) {
        requested = amount.setScale(2);
        awarded = null;
    }

    void award(BigDecimal amount) {
        awarded = amount.setScale(2);
    }

    void release(BigDecimal amount) {
        BigDecimal after = released.add(amount);
        if (after.compareTo(awarded) > 0) {
            throw new DomainRuleViolation("amount", "would take the amount released to " + Money.format(after)
                    + ", more than the award of " + Money.format(awarded));
        }
        released = after;
    }

    /** A varied award amount: never below what is already released. */
    void vary(BigDecimal amount, String field) {
        if (amount.compareTo(released) < 0) {
            throw new DomainRuleViolation(field, "must not be less than what is already released ("
                    + Money.format(released) + ")");
        }
        awarded = amount.setScale(2);
    }

    /** Ends the award at what was released; returns the unreleased amount that goes back to the budget. */
    BigDecimal stopAtReleased() {
        BigDecimal unreleased = awarded.subtract(released);
        awarded = released;
        return unreleased;
    }

    BigDecimal requested() { return requested; }
    BigDecimal awarded() { return awarded; }
    BigDecimal released() { return released; }
}
