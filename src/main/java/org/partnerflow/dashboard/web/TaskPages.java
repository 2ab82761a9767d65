package org.partnerflow.dashboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * The task forms that have a page (one template each under templates/tasks/forms/, named by the task key), and
 * what each says once done. Tasks without a page are done through the API until theirs is written.
 */
final class TaskPages {

    private static final Set<String> WITH_PAGE = Set.of("submitProposal", "assessProposal", "decideAward", "acceptOffer",
            "triageUpdateRequest", "draftCaseStudyVersion", "approveCaseStudyVersion",
            "submitMilestoneEvidence", "reviewMilestoneEvidence", "followUpOverdueMilestone", "proposeTrancheRelease",
            "approveTrancheRelease", "submitFinalReport", "writeLearningReview", "addReflections", "signOffLearningReview",
            "followUpOverdueLearningReview", "reportOutcomes", "reviewOutcomes", "followUpOverdueOutcomeReport");

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
    private static final Map<String, Set<String>> ROW_KEYS = Map.of("submitProposal", Set.of("year"));

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

    /** What the task list's success panel says after the task is done with this body. */
    static String doneMessage(String taskKey, JsonNode body) {
        String choice = body.path("decision").asText("");
        return switch (taskKey) {
            case "submitProposal" -> "Proposal submitted";
            case "assessProposal" -> "Assessment submitted";
            case "decideAward" -> switch (choice) {
                case "APPROVE" -> "Award approved: the offer has gone to the partnership";
                case "REQUEST_CHANGES" -> "Changes requested: the proposal has gone back to the partnership";
                default -> "Proposal rejected";
            };
            case "acceptOffer" -> body.path("accept").asText("").equals("true") ? "Offer accepted: the award is active"
                    : "Offer declined";
            case "triageUpdateRequest" -> choice.equals("ACCEPT")
                    ? "Update request accepted: the partnership can now draft the revised case study"
                    : "Update request declined: your reply is recorded for the requester";
            case "draftCaseStudyVersion" -> "Draft sent for approval";
            case "approveCaseStudyVersion" -> choice.equals("PUBLISH")
                    ? "Published: the new version is now on the public case-study page"
                    : "Draft returned with your comments";
            case "submitMilestoneEvidence" -> "Evidence submitted";
            case "reviewMilestoneEvidence" -> choice.equals("APPROVE") ? "Evidence approved: the tranche is due for release"
                    : "Evidence returned to the partnership";
            case "followUpOverdueMilestone" -> "Follow-up recorded";
            case "proposeTrancheRelease" -> "Release proposed: a funder approves it next";
            case "approveTrancheRelease" -> choice.equals("RELEASE") ? "Tranche released"
                    : "Release held: back to the programme manager";
            case "submitFinalReport" -> "Final report submitted";
            case "writeLearningReview" -> "Learning review sent to the learning partner";
            case "addReflections" -> "Reflections added: a programme manager signs it off next";
            case "signOffLearningReview" -> choice.equals("SIGN_OFF") ? "Learning review signed off"
                    : "Learning review returned to the partnership";
            case "followUpOverdueLearningReview", "followUpOverdueOutcomeReport" -> "Follow-up recorded";
            case "reportOutcomes" -> "Outcome report sent: a programme manager approves each value next";
            case "reviewOutcomes" -> body.toString().contains("RETURN")
                    ? "Decisions recorded: returned values have gone back to the partnership"
                    : "Outcome report approved: the values now count towards each indicator";
            default -> "Task completed";
        };
    }
}
