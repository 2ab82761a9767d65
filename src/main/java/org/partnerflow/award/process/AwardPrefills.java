package org.partnerflow.award.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.award.FinalReport;
import org.partnerflow.award.FinalReportRequest;
import org.partnerflow.award.ProposalRequest;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.programme.Criterion;

/**
 * What the award tasks' pages start their forms from, as the tasks' own bodies: a returned proposal as it was sent,
 * a decision from the amount, tranches and budget years asked for, an assessment listing the criteria to score.
 */
final class AwardPrefills {

    private AwardPrefills() {
    }

    /** A first proposal starts from the aims and workstreams the partnership already agreed; a returned one as sent. */
    static ProposalRequest proposal(AwardDetail award, Supplier<PartnershipView> partnerships) {
        if (award == null || award.round() == 0) {
            PartnershipView partnership = partnerships.get();
            return new ProposalRequest(null, partnership.communityAims(), partnership.systemAims(),
                    partnership.workstreams(), null, null, null, null, null);
        }
        List<ProposalRequest.MilestonePlan> milestones = award.milestones().stream()
                .map(m -> new ProposalRequest.MilestonePlan(m.title(), m.dueDate(), m.evidenceExpected(),
                        award.tranches().stream().filter(t -> m.id().equals(t.milestoneId()))
                                .map(AwardDetail.TrancheView::amount).findFirst().orElse(null)))
                .toList();
        return new ProposalRequest(award.summary(), award.communityAims(), award.systemAims(), award.workstreams(),
                award.award().amountRequested(), award.award().startDate(), award.durationMonths(),
                award.budgetByYear().stream().map(b -> new ProposalRequest.BudgetYear(b.year(), b.amount())).toList(),
                milestones);
    }

    /** The names of the criteria an assessProposal form's data lists. */
    static List<String> criteria(Map<String, Object> data) {
        return data.get("criteria") instanceof List<?> criteria ? criteria.stream()
                .map(c -> c instanceof Criterion criterion ? criterion.name() : String.valueOf(((Map<?, ?>) c).get("name")))
                .toList() : List.of();
    }

    static AssessmentRequest assessment(List<String> criteria) {
        return new AssessmentRequest(criteria.stream()
                .map(c -> new AssessmentRequest.CriterionScore(c, null, null)).toList(), null, null);
    }

    static DecisionRequest decision(AwardDetail award) {
        if (award == null) {
            return null;
        }
        return new DecisionRequest(null, award.award().amountRequested(), null, null,
                award.tranches().stream().map(AwardDetail.TrancheView::amount).toList(),
                award.budgetByYear().stream().map(b -> new ProposalRequest.BudgetYear(b.year(), b.amount())).toList());
    }

    /** The years of the proposal's budget as the decision's page labels them: each with its dates and the amount asked. */
    static List<BudgetYearSpan> budgetYears(AwardDetail award) {
        if (award == null) {
            return List.of();
        }
        LocalDate start = award.award().startDate();
        LocalDate end = award.award().endDate();
        return award.budgetByYear().stream().map(b -> {
            LocalDate from = start == null ? null : start.plusYears(b.year() - 1L);
            LocalDate to = from == null ? null : from.plusYears(1).minusDays(1);
            return new BudgetYearSpan(b.year(), from, to != null && end != null && to.isAfter(end) ? end : to,
                    b.amount());
        }).toList();
    }

    /** A returned final report starts as it was sent, so the partnership changes what was asked. */
    static FinalReportRequest finalReport(AwardDetail award) {
        FinalReport report = award == null ? null : award.finalReport();
        return report == null || report.text() == null ? null
                : new FinalReportRequest(report.text(), report.spendSummary());
    }

    /** The award a task's form data is about, or null. */
    static AwardDetail award(Map<String, Object> data) {
        return data.get("award") instanceof AwardDetail award ? award : null;
    }
}
