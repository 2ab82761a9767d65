package org.partnerflow.outcome;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** When the outcome reports of many partnerships fall due, without their values: for schedules, in one query. */
@Service
public class OutcomeReportDates {

    /** An outcome report not yet approved: its period and the day the partnership's values are due. */
    public record ReportDue(Long id, Long awardId, Long partnershipId, LocalDate periodEnd, LocalDate dueOn,
            boolean overdue) {
    }

    private final ReportRepository reports;

    OutcomeReportDates(ReportRepository reports) {
        this.reports = reports;
    }

    /** The partnerships' reports still waiting for values or a decision, soonest first. */
    @Transactional(readOnly = true)
    public List<ReportDue> notApprovedOf(Collection<Long> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return List.of();
        }
        return reports.findByPartnershipIdInAndStatusNotOrderByDueOn(partnershipIds, OutcomeReport.Status.APPROVED)
                .stream().map(r -> new ReportDue(r.getId(), r.getAwardId(), r.getPartnershipId(), r.getPeriodEnd(),
                        r.getDueOn(), r.getStatus() == OutcomeReport.Status.OVERDUE)).toList();
    }
}
