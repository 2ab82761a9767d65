package org.partnerflow.award;

import java.math.BigDecimal;

/**
 * An award's money at close-out, side by side: awarded, released, reported spent (the spend returns) and whether
 * the last tranche is held for close-out. The underspend to recover is what the partnership had, or will have once
 * the held tranche is released (the award), less what it reported spending; never below zero.
 */
public record CloseOutMoney(BigDecimal awarded, BigDecimal released, BigDecimal reportedSpent, boolean trancheHeld) {

    /** What the partnership received or is due to receive: the award when a tranche is held, else what was released. */
    public BigDecimal received() {
        return trancheHeld ? awarded : released;
    }

    public BigDecimal underspend() {
        BigDecimal gap = received().subtract(reportedSpent);
        return gap.signum() > 0 ? gap.setScale(2) : BigDecimal.ZERO.setScale(2);
    }
}
