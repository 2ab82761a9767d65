package org.partnerflow.tasks.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * The task forms that have a page (one template each under templates/tasks/forms/, named by the task key), and
 * what each says once done (a key in i18n/tasks.properties). Tasks without a page are done through the API until
 * theirs is written.
 */
final class TaskPages {

    private static final Set<String> WITH_PAGE = Set.of("submitProposal", "assessProposal", "decideAward", "acceptOffer",
            "triageUpdateRequest", "draftCaseStudyVersion", "approveCaseStudyVersion",
            "submitMilestoneEvidence", "reviewMilestoneEvidence", "followUpOverdueMilestone", "proposeTrancheRelease",
            "approveTrancheRelease", "submitFinalReport", "reviewFinalReport", "writeLearningReview", "addReflections", "signOffLearningReview",
            "followUpOverdueLearningReview", "reportOutcomes", "reviewOutcomes", "followUpOverdueOutcomeReport",
            "assessVariation", "approveVariation");

    /** The context beside the form, for tasks that are not about an award (those show the award). */
    private static final Map<String, String> CONTEXT = Map.ofEntries(
            Map.entry("reportOutcomes", "tasks/outcome-context"),
            Map.entry("reviewOutcomes", "tasks/outcome-context"),
            Map.entry("followUpOverdueOutcomeReport", "tasks/outcome-context"),
            Map.entry("triageUpdateRequest", "tasks/case-study-context"),
            Map.entry("draftCaseStudyVersion", "tasks/case-study-context"),
            Map.entry("approveCaseStudyVersion", "tasks/case-study-context"),
            Map.entry("writeLearningReview", "tasks/learning-context"),
            Map.entry("addReflections", "tasks/learning-context"),
            Map.entry("signOffLearningReview", "tasks/learning-context"),
            Map.entry("followUpOverdueLearningReview", "tasks/learning-context"));

    /** Fields that only say which row they are in (a budget row's year): a row holding nothing else is empty. */
    private static final Map<String, Set<String>> ROW_KEYS = Map.of("submitProposal", Set.of("year"),
            "decideAward", Set.of("year"));

    private TaskPages() {
    }

    static boolean hasPage(String taskKey) {
        return WITH_PAGE.contains(taskKey);
    }

    static String template(String taskKey) {
        return "tasks/forms/" + taskKey;
    }

    static String contextTemplate(String taskKey) {
        return CONTEXT.get(taskKey);
    }

    static Set<String> rowKeys(String taskKey) {
        return ROW_KEYS.getOrDefault(taskKey, Set.of());
    }

    /**
     * The bundle key (i18n/tasks.properties) of what the task list's success panel says after the task is done
     * with this body.
     */
    static String doneKey(String taskKey, JsonNode body) {
        String choice = body.path("decision").asText("");
        return switch (taskKey) {
            case "submitProposal" -> "tasks.done.submitProposal";
            case "assessProposal" -> "tasks.done.assessProposal";
            case "draftCaseStudyVersion" -> "tasks.done.draftCaseStudyVersion";
            case "submitMilestoneEvidence" -> "tasks.done.submitMilestoneEvidence";
            case "proposeTrancheRelease" -> "tasks.done.proposeTrancheRelease";
            case "submitFinalReport" -> "tasks.done.submitFinalReport";
            case "writeLearningReview" -> "tasks.done.writeLearningReview";
            case "addReflections" -> "tasks.done.addReflections";
            case "reportOutcomes" -> "tasks.done.reportOutcomes";
            case "decideAward" -> switch (choice) {
                case "APPROVE" -> "tasks.done.decideAward.approve";
                case "REQUEST_CHANGES" -> "tasks.done.decideAward.requestChanges";
                default -> "tasks.done.decideAward.reject";
            };
            case "acceptOffer" -> body.path("accept").asText("").equals("true") ? "tasks.done.acceptOffer.accept"
                    : "tasks.done.acceptOffer.decline";
            case "reviewFinalReport" -> choice.equals("ACCEPT") ? "tasks.done.reviewFinalReport.accept"
                    : "tasks.done.reviewFinalReport.return";
            case "triageUpdateRequest" -> choice.equals("ACCEPT") ? "tasks.done.triageUpdateRequest.accept"
                    : "tasks.done.triageUpdateRequest.decline";
            case "approveCaseStudyVersion" -> choice.equals("PUBLISH") ? "tasks.done.approveCaseStudyVersion.publish"
                    : "tasks.done.approveCaseStudyVersion.return";
            case "reviewMilestoneEvidence" -> choice.equals("APPROVE") ? "tasks.done.reviewMilestoneEvidence.approve"
                    : "tasks.done.reviewMilestoneEvidence.requestChanges";
            case "approveTrancheRelease" -> choice.equals("RELEASE") ? "tasks.done.approveTrancheRelease.release"
                    : "tasks.done.approveTrancheRelease.hold";
            case "signOffLearningReview" -> choice.equals("SIGN_OFF") ? "tasks.done.signOffLearningReview.signOff"
                    : "tasks.done.signOffLearningReview.return";
            case "followUpOverdueMilestone", "followUpOverdueLearningReview", "followUpOverdueOutcomeReport" ->
                    "tasks.done.followUp";
            case "assessVariation" -> switch (choice) {
                case "RECOMMEND" -> "tasks.done.assessVariation.recommend";
                case "RETURN" -> "tasks.done.assessVariation.return";
                default -> "tasks.done.assessVariation.reject";
            };
            case "approveVariation" -> choice.equals("APPROVE") ? "tasks.done.approveVariation.approve"
                    : "tasks.done.approveVariation.reject";
            case "reviewOutcomes" -> body.toString().contains("RETURN") ? "tasks.done.reviewOutcomes.returned"
                    : "tasks.done.reviewOutcomes.approved";
            default -> "tasks.done.other";
        };
    }
}
