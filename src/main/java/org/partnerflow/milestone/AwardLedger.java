package org.partnerflow.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the milestone plan needs to know of an award and the money released against it. Owned here, implemented by
 * the award module, so that milestones and tranches never depend on the award module.
 */
public interface AwardLedger {

    /** The award as a milestone shows and checks it: who it is for, where it stands, its period and its money. */
    record AwardSummary(Long id, String reference, String status, Long partnershipId, String partnershipName,
            LocalDate startDate, Integer durationMonths, LocalDate endDate, BigDecimal amountAwarded,
            BigDecimal amountReleased) {
    }

    /** The amount released by an award before and after a release was added to it. */
    record Released(BigDecimal before, BigDecimal after) {
    }

    /** The award a milestone or tranche belongs to. */
    AwardSummary summary(long awardId);

    /**
     * Locks the award's row (PESSIMISTIC_WRITE) until the caller's transaction ends, re-reading it, so releases and
     * tranche changes of the same award run one after the other.
     */
    void lock(long awardId);

    /**
     * Adds a released tranche's amount to the award's amount released, in the caller's transaction and under the lock
     * taken by {@link #lock}: only for an active award, and never beyond the amount awarded (the database checks it
     * too).
     */
    Released addRelease(long awardId, BigDecimal amount);
}
