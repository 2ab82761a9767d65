package org.partnerflow.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The partnership's final report on an award, who submitted it and when, and its review: the programme manager's
 * decision and comments, and on acceptance the underspend to recover.
 */
@Embeddable
public record FinalReport(
        @Column(name = "final_report") String text,
        @Column(name = "final_report_by") String submittedBy,
        @Column(name = "final_report_at") Instant submittedAt,
        @Column(name = "final_report_spend_summary") String spendSummary,
        @Enumerated(EnumType.STRING) @Column(name = "final_report_decision") FinalReviewRequest.Decision decision,
        @Column(name = "final_report_comments") String comments,
        @Column(name = "final_report_reviewed_by") String reviewedBy,
        @Column(name = "final_report_reviewed_at") Instant reviewedAt,
        @Column(name = "underspend_to_recover") BigDecimal underspendToRecover) {

    /** A (re)submitted report; the decision and comments of a return stay until the next review. */
    static FinalReport submitted(FinalReport before, String report, String summary, String by, Instant at) {
        return before == null ? new FinalReport(report, by, at, summary, null, null, null, null, null)
                : new FinalReport(report, by, at, summary, before.decision, before.comments, before.reviewedBy,
                        before.reviewedAt, null);
    }

    /** This report as reviewed. */
    FinalReport reviewed(FinalReviewRequest.Decision decision, String comments, String by, Instant at,
            BigDecimal underspend) {
        return new FinalReport(text, submittedBy, submittedAt, spendSummary, decision, comments, by, at, underspend);
    }
}
