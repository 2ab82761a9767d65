package org.partnerflow.dashboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.award.ProposalRequest;
import org.partnerflow.learning.LearningReviewView;
import org.partnerflow.learning.WriteReviewRequest;
import org.partnerflow.milestone.EvidenceRequest;
import org.partnerflow.milestone.EvidenceSubmission;
import org.partnerflow.milestone.MilestoneHistory;
import org.partnerflow.milestone.ReleaseProposalRequest;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Component;

/**
 * The values a task form starts with, built as the task's own body record (so they stay in step with the API)
 * and flattened into form fields: a returned proposal or returned evidence comes back as it was sent, a decision
 * starts from the amount and tranches asked for, an assessment lists the criteria to score, a release proposal
 * starts from the tranche's amount, a returned learning review comes back as it was written.
 */
@Component
class TaskPrefill {

    private final ObjectMapper json;
    private final Partnerships partnerships;

    TaskPrefill(ObjectMapper json, Partnerships partnerships) {
        this.json = json;
        this.partnerships = partnerships;
    }

    Map<String, String> values(WorkItem task, Map<String, Object> data, PartnerflowUser user) {
        Object body = switch (task.taskDefinitionKey()) {
            case "submitProposal" -> proposal(award(data), task, user);
            case "assessProposal" -> new AssessmentRequest(criteria(data).stream()
                    .map(c -> new AssessmentRequest.CriterionScore(c, null, null)).toList(), null);
            case "decideAward" -> decision(award(data));
            case "submitMilestoneEvidence" -> evidence(milestone(data));
            case "proposeTrancheRelease" -> milestone(data) == null ? null
                    : new ReleaseProposalRequest(milestone(data).milestone().trancheAmount(), null);
            case "writeLearningReview" -> review(LearningContexts.review(data), characteristics(data));
            // A module may hand its form's starting values over as data.prefill, in the task's body shape.
            default -> data.get("prefill");
        };
        return body == null ? Map.of() : FormToJson.flatten(json.valueToTree(body));
    }

    private ProposalRequest proposal(AwardDetail award, WorkItem task, PartnerflowUser user) {
        if (award == null || award.round() == 0) {
            // A first proposal starts from the aims and workstreams the partnership already agreed.
            PartnershipView partnership = partnerships.get(task.partnershipId(), user);
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

    private static DecisionRequest decision(AwardDetail award) {
        if (award == null) {
            return null;
        }
        return new DecisionRequest(null, award.award().amountRequested(), null, null,
                award.tranches().stream().map(AwardDetail.TrancheView::amount).toList());
    }

    /** Returned evidence starts as it was sent, so the partnership changes what was asked rather than retyping it. */
    private static EvidenceRequest evidence(MilestoneHistory history) {
        if (history == null || history.submissions().isEmpty()) {
            return null;
        }
        EvidenceSubmission latest = history.submissions().get(history.submissions().size() - 1);
        return new EvidenceRequest(latest.getNarrative(), latest.getLinks());
    }

    /** A returned review starts as it was sent, its ratings in the order of the characteristics to rate. */
    private static WriteReviewRequest review(LearningReviewView review, List<String> characteristics) {
        if (review == null || review.wentWell() == null) {
            return null;
        }
        List<WriteReviewRequest.Rating> ratings = characteristics.stream().map(c -> review.ratings().stream()
                .filter(r -> r.characteristic().equals(c)).findFirst()
                .map(r -> new WriteReviewRequest.Rating(c, r.score(), r.comment()))
                .orElse(new WriteReviewRequest.Rating(c, null, null))).toList();
        return new WriteReviewRequest(review.wentWell(), review.challengesOvercome(), review.results(),
                review.whatMadeTheDifference(), ratings);
    }

    static AwardDetail award(Map<String, Object> data) {
        return data.get("award") instanceof AwardDetail award ? award : null;
    }

    /** The milestone a milestoneDelivery task is about, with its history; null for other tasks. */
    static MilestoneHistory milestone(Map<String, Object> data) {
        return data.get("milestone") instanceof MilestoneHistory history ? history : null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> criteria(Map<String, Object> data) {
        return data.get("criteria") instanceof List<?> list ? (List<String>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static List<String> characteristics(Map<String, Object> data) {
        return data.get("characteristics") instanceof List<?> list ? (List<String>) list : List.of();
    }
}
