package org.partnerflow.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the milestone workflow needs to know of a milestone, its award and the tranche it gates. */
public record MilestoneFacts(Long milestoneId, int sequence, String title, LocalDate dueDate, String evidenceExpected,
        MilestoneStatus status, Long awardId, String awardReference, String awardStatus, Long partnershipId,
        String partnershipName, Long trancheId, BigDecimal trancheAmount, TrancheStatus trancheStatus) {

    static MilestoneFacts of(Milestone m, PaymentTranche t, AwardLedger.AwardSummary a) {
        return new MilestoneFacts(m.getId(), m.getSequence(), m.getTitle(), m.getDueDate(), m.getEvidenceExpected(),
                m.getStatus(), a.id(), a.reference(), a.status(), a.partnershipId(), a.partnershipName(),
                t == null ? null : t.getId(), t == null ? null : t.getAmount(), t == null ? null : t.getStatus());
    }
}
