package org.partnerflow.award;

import java.time.LocalDate;

/**
 * An award was ended early: published inside the termination's transaction, so listeners end what runs under it
 * (its outcome reporting) together with it or not at all.
 */
public record AwardTerminated(long awardId, long partnershipId, long programmeId, LocalDate effectiveDate,
        String terminatedBy) {
}
