package org.partnerflow.award;

import java.time.LocalDate;

/** An award became ACTIVE: published inside the activation's transaction, so listeners start what runs under it. */
public record AwardActivated(long awardId, long partnershipId, long programmeId, LocalDate startDate,
        LocalDate endDate) {
}
