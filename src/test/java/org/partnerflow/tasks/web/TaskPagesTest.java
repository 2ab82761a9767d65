package org.partnerflow.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every milestone task and the final report have a page, and each says in words what completing it did. */
class TaskPagesTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    TaskPagesTest() {
        bundle.setBasenames("i18n/tasks");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
    }

    @Test
    void theMilestoneTasksAndTheFinalReportHavePages() {
        for (String key : new String[] {"submitMilestoneEvidence", "reviewMilestoneEvidence", "followUpOverdueMilestone",
                "proposeTrancheRelease", "approveTrancheRelease", "submitFinalReport", "reviewFinalReport"}) {
            assertThat(TaskPages.hasPage(key)).as(key).isTrue();
            assertThat(TaskPages.template(key)).isEqualTo("tasks/forms/" + key);
        }
    }

    @Test
    void aDecisionIsSaidInTheWordsOfItsConsequence() {
        assertThat(doneMessage("reviewMilestoneEvidence", decision("APPROVE")))
                .isEqualTo("Evidence approved: the tranche is due for release");
        assertThat(doneMessage("reviewMilestoneEvidence", decision("REQUEST_CHANGES")))
                .isEqualTo("Evidence returned to the partnership");
        assertThat(doneMessage("approveTrancheRelease", decision("RELEASE"))).isEqualTo("Tranche released");
        assertThat(doneMessage("approveTrancheRelease", decision("HOLD")))
                .isEqualTo("Release held: back to the programme manager");
        assertThat(doneMessage("proposeTrancheRelease", json.createObjectNode()))
                .isEqualTo("Release proposed: a funder approves it next");
        assertThat(doneMessage("submitFinalReport", json.createObjectNode())).isEqualTo("Final report submitted");
        assertThat(doneMessage("reviewFinalReport", decision("ACCEPT"))).isEqualTo("Final report accepted: the award is closed");
        assertThat(doneMessage("reviewFinalReport", decision("RETURN"))).isEqualTo("Final report returned to the partnership");
    }

    @Test
    void everyTaskWithAPageSaysInTheBundleWhatCompletingItDid() {
        String[] tasks = {"submitProposal", "assessProposal", "decideAward", "acceptOffer", "triageUpdateRequest",
            "draftCaseStudyVersion", "approveCaseStudyVersion", "submitMilestoneEvidence", "reviewMilestoneEvidence",
            "followUpOverdueMilestone", "proposeTrancheRelease", "approveTrancheRelease", "submitFinalReport",
            "reviewFinalReport", "writeLearningReview", "addReflections", "signOffLearningReview", "followUpOverdueLearningReview",
            "reportOutcomes", "reviewOutcomes", "followUpOverdueOutcomeReport", "someTaskWithoutAPage"};
        for (String task : tasks) {
            assertThat(TaskPages.hasPage(task)).as(task).isEqualTo(!task.equals("someTaskWithoutAPage"));
            for (String choice : new String[] {"", "APPROVE", "REQUEST_CHANGES", "REJECT", "ACCEPT", "DECLINE",
                "PUBLISH", "RETURN", "RELEASE", "HOLD", "SIGN_OFF"}) {
                ObjectNode body = decision(choice).put("accept", choice.equals("ACCEPT"));
                assertThat(doneMessage(task, body)).as(task + " " + choice).isNotBlank();
            }
        }
        assertThat(doneMessage("acceptOffer", json.createObjectNode().put("accept", true)))
                .isEqualTo("Offer accepted: the award is active");
        assertThat(doneMessage("someTaskWithoutAPage", json.createObjectNode())).isEqualTo("Task completed");
    }

    /** What the task list says once done, in en-GB, as the page shows it. */
    private String doneMessage(String taskKey, JsonNode body) {
        return bundle.getMessage(TaskPages.doneKey(taskKey, body), null, Locale.UK);
    }

    private ObjectNode decision(String value) {
        return json.createObjectNode().put("decision", value);
    }
}
