package org.partnerflow.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partnerflow.tasks.FollowUpView;

/**
 * A period's outcome report: per indicator its target for the period, the value sent (if any) and whether it is for
 * the partnership to report now or for a programme manager to decide.
 */
public record OutcomeReportView(Long id, long awardId, long partnershipId, LocalDate periodEnd, LocalDate dueOn,
        String status, int round, String submittedBy, LocalDate overdueSince, List<Line> lines,
        List<FollowUpView> followUps) {

    /** One indicator in the report. */
    public record Line(IndicatorView indicator, BigDecimal target, ValueView value, boolean toReport, boolean toDecide) {
    }

    /** A value as sent and decided. */
    public record ValueView(Long id, long indicatorId, BigDecimal value, String narrative, String evidence,
            String status, String comments, String decidedBy, LocalDate approvedOn) {

        static ValueView of(OutcomeValue v) {
            return new ValueView(v.getId(), v.getIndicatorId(), v.getValue(), v.getNarrative(), v.getEvidence(),
                    v.getStatus().name(), v.getComments(), v.getDecidedBy(), v.getApprovedOn());
        }
    }

    public boolean isOverdue(LocalDate today) {
        return ("OPEN".equals(status) || "OVERDUE".equals(status) || "RETURNED".equals(status)) && today.isAfter(dueOn);
    }
}
