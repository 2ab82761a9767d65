package org.partnerflow.tasks;

import org.partnerflow.audit.AuditEntry;

/**
 * The overdue thing a follow-up is about, as its module names it: kind and id, its award and partnership, and the
 * audit entry recording a follow-up should write (null for none).
 */
public record FollowUpSubject(FollowUp.Kind kind, long id, long awardId, long partnershipId, AuditEntry audit) {
}
