package org.partnerflow.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One recorded change as the API and the award page show it. */
public record AuditEventView(long id, Instant occurredAt, String actor, Long awardId, Long partnershipId,
        AuditSubject subjectType, String subjectId, String action, String summary, String moneyField,
        BigDecimal amountBefore, BigDecimal amountAfter, Map<String, AuditEntry.Change> changes) {
}
