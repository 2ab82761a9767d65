package org.partnerflow.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Why an award is suspended or was terminated, by whom and when. A suspension is cleared on resumption (its history
 * is in the audit trail); a termination stays, with the amount awarded before it was cut back to what was released.
 */
@Embeddable
public record AwardInterruption(
        @Column(name = "suspension_reason") String suspensionReason,
        @Column(name = "suspended_by") String suspendedBy,
        @Column(name = "suspended_at") Instant suspendedAt,
        @Column(name = "termination_reason") String terminationReason,
        @Column(name = "terminated_by") String terminatedBy,
        @Column(name = "terminated_at") Instant terminatedAt,
        @Column(name = "termination_effective_date") LocalDate terminationEffectiveDate,
        @Column(name = "amount_awarded_before_termination") BigDecimal amountAwardedBeforeTermination) {

    static AwardInterruption suspended(String reason, String by, Instant at) {
        return new AwardInterruption(reason, by, at, null, null, null, null, null);
    }

    AwardInterruption terminated(String reason, String by, Instant at, LocalDate effective, BigDecimal awardedBefore) {
        return new AwardInterruption(null, null, null, reason, by, at, effective, awardedBefore);
    }

    static AwardInterruption none() {
        return new AwardInterruption(null, null, null, null, null, null, null, null);
    }
}
