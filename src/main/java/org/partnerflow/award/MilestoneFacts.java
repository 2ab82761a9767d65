package org.partnerflow.award;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the milestone workflow needs to know of a milestone, its award and the tranche it gates. */
public record MilestoneFacts(Long milestoneId, int sequence, String title, LocalDate dueDate, String evidenceExpected,
        MilestoneStatus status, Long awardId, String awardReference, AwardStatus awardStatus, Long partnershipId,
        String partnershipName, Long trancheId, BigDecimal trancheAmount, TrancheStatus trancheStatus) {

    static MilestoneFacts of(Milestone m, PaymentTranche t) {
        Award a = m.getAward();
        return new MilestoneFacts(m.getId(), m.getSequence(), m.getTitle(), m.getDueDate(), m.getEvidenceExpected(),
                m.getStatus(), a.getId(), a.getReference(), a.getStatus(), a.getPartnership().getId(),
                a.getPartnership().getName(), t == null ? null : t.getId(), t == null ? null : t.getAmount(),
                t == null ? null : t.getStatus());
    }
}
