package org.partnerflow.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tranche was paid: published inside the release's transaction while the award's row is locked. The award adds the
 * amount to what it has released and records it; a refusal there (beyond the award) rolls the release back.
 */
public record TrancheReleased(long awardId, long trancheId, BigDecimal amount, TrancheStatus statusBefore,
        LocalDate releasedOn) {
}
