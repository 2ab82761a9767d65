package org.partnerflow.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the milestone plan needs to know of an award, and its row lock. Owned here, implemented by
 * the award module, so that milestones and tranches never depend on the award module.
 */
public interface AwardLedger {

    /** The award as a milestone shows and checks it: who it is for, where it stands, its period and its money. */
    record AwardSummary(Long id, String reference, String status, Long partnershipId, String partnershipName,
            LocalDate startDate, Integer durationMonths, LocalDate endDate, BigDecimal amountAwarded,
            BigDecimal amountReleased) {
    }

    /** The award a milestone or tranche belongs to. */
    AwardSummary summary(long awardId);

    /**
     * Locks the award's row (PESSIMISTIC_WRITE) until the caller's transaction ends, re-reading it, so releases and
     * tranche changes of the same award run one after the other.
     */
    void lock(long awardId);

    /** Whether the award's programme holds the last tranche until the final report is accepted. */
    default boolean holdsFinalTrancheForCloseOut(long awardId) {
        return false;
    }

}
