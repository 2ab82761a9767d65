package org.partnerflow.award;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.milestone.MilestoneStatus;
import org.partnerflow.milestone.TrancheStatus;

/**
 * One award with its proposal, milestones, tranches, assessments and decision; {@code interruption} says why it is
 * suspended or was ended early (null otherwise).
 */
public record AwardDetail(@JsonUnwrapped AwardView award, String programmeTitle, int round, String summary,
        List<String> communityAims, List<String> systemAims, List<String> workstreams,
        List<BudgetLine> budgetByYear, Integer durationMonths, String ineligibilityReasons,
        Decision decision, Instant offerExpiresAt, List<MilestoneView> milestones, List<TrancheView> tranches,
        List<AssessmentView> assessments, BigDecimal weightedScore, BigDecimal amountSpent, BigDecimal remainingToRelease,
        List<Spending.SpendView> spendReturns, FinalReport finalReport, AwardInterruption interruption) {

    /** A milestone of the plan and the tranche it gates. */
    public record MilestoneView(Long id, int sequence, String title, LocalDate dueDate, String evidenceExpected,
            MilestoneStatus status, Long trancheId) {
    }

    /** A payment tranche. */
    public record TrancheView(Long id, int sequence, BigDecimal amount, LocalDate plannedDate, TrancheStatus status,
            LocalDate releasedOn, Long milestoneId) {
    }

    /** The panel's decision. */
    public record Decision(PanelDecision decision, String reasons, String conditions, String decidedBy,
            Instant decidedAt) {
    }

    /** One assessor's scores and their weighted score (each score times its criterion's weight, over the weights). */
    public record AssessmentView(int round, String assessor, Recommendation recommendation, Instant submittedAt,
            List<Assessment.Score> scores, BigDecimal weightedScore) {
    }

    /** The mean weighted score of the assessments of the proposal as last submitted; null before any. */
    static BigDecimal meanWeightedScore(List<Assessment> current) {
        List<BigDecimal> scores = current.stream().map(Assessment::getWeightedScore)
                .filter(java.util.Objects::nonNull).toList();
        return scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, java.math.RoundingMode.HALF_UP);
    }

    static AwardDetail of(Award a, List<SpendReturn> spend, List<AwardPlans.PlannedMilestone> plan,
            List<AwardPlans.PlannedTranche> planned) {
        List<TrancheView> tranches = planned.stream().map(t -> new TrancheView(t.id(), t.sequence(), t.amount(),
                t.plannedDate(), t.status(), t.releasedOn(), t.milestoneId())).toList();
        List<MilestoneView> milestones = plan.stream().map(m -> new MilestoneView(m.id(), m.sequence(), m.title(),
                m.dueDate(), m.evidenceExpected(), m.status(),
                tranches.stream().filter(t -> m.id().equals(t.milestoneId())).map(TrancheView::id).findFirst()
                        .orElse(null))).toList();
        DecisionRecord d = a.getDecisionRecord();
        Decision decision = a.getDecision() == null ? null : new Decision(d.decision(), d.reasons(), d.conditions(),
                d.decidedBy(), d.decidedAt());
        ProposalContent p = a.getProposal() == null ? ProposalContent.none() : a.getProposal();
        return new AwardDetail(AwardView.of(a), a.getProgramme().getTitle(), a.getRound(), p.getSummary(),
                p.getCommunityAims(), p.getSystemAims(), p.getWorkstreams(), p.getBudgetByYear(), a.getDurationMonths(),
                a.getIneligibilityReasons(), decision, a.getOfferExpiresAt(), milestones, tranches,
                a.getAssessments().stream().map(s -> new AssessmentView(s.getRound(), s.getAssessor(),
                        s.getRecommendation(), s.getSubmittedAt(), s.getScores(), s.getWeightedScore())).toList(),
                meanWeightedScore(a.currentAssessments()),
                spend.stream().map(SpendReturn::getAmountSpent).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                a.getAmountAwarded() == null ? null : a.getAmountAwarded().subtract(a.getAmountReleased()),
                spend.stream().map(Spending.SpendView::of).toList(), a.getFinalReport(), interruptionOf(a));
    }

    private static AwardInterruption interruptionOf(Award a) {
        AwardInterruption i = a.getInterruption();
        return i == null || (i.suspendedAt() == null && i.terminatedAt() == null) ? null : i;
    }
}
