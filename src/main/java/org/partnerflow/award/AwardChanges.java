package org.partnerflow.award;

import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;

/** The audit entry of a change to an award: in the award's trail, with its status before and after if it moved. */
final class AwardChanges {

    private AwardChanges() {
    }

    static AuditEntry entry(Award award, String action, String summary, AwardStatus before) {
        AuditEntry entry = AuditEntry.of(AuditSubject.AWARD, award.getId(), action, summary)
                .award(award.getId(), award.getPartnership().getId());
        if (before != null && before != award.getStatus()) {
            entry.change("status", before, award.getStatus());
        }
        return entry;
    }
}
