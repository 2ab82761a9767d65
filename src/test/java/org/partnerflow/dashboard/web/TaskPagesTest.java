package org.partnerflow.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Every milestone task and the final report have a page, and each says in words what completing it did. */
class TaskPagesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theMilestoneTasksAndTheFinalReportHavePages() {
        for (String key : new String[] {"submitMilestoneEvidence", "reviewMilestoneEvidence", "followUpOverdueMilestone",
                "proposeTrancheRelease", "approveTrancheRelease", "submitFinalReport"}) {
            assertThat(TaskPages.hasPage(key)).as(key).isTrue();
            assertThat(TaskPages.template(key)).isEqualTo("tasks/forms/" + key);
        }
    }

    @Test
    void aDecisionIsSaidInTheWordsOfItsConsequence() {
        assertThat(TaskPages.doneMessage("reviewMilestoneEvidence", decision("APPROVE")))
                .isEqualTo("Evidence approved: the tranche is due for release");
        assertThat(TaskPages.doneMessage("reviewMilestoneEvidence", decision("REQUEST_CHANGES")))
                .isEqualTo("Evidence returned to the partnership");
        assertThat(TaskPages.doneMessage("approveTrancheRelease", decision("RELEASE"))).isEqualTo("Tranche released");
        assertThat(TaskPages.doneMessage("approveTrancheRelease", decision("HOLD")))
                .isEqualTo("Release held: back to the programme manager");
        assertThat(TaskPages.doneMessage("proposeTrancheRelease", json.createObjectNode()))
                .isEqualTo("Release proposed: a funder approves it next");
        assertThat(TaskPages.doneMessage("submitFinalReport", json.createObjectNode())).isEqualTo("Final report submitted");
    }

    private ObjectNode decision(String value) {
        return json.createObjectNode().put("decision", value);
    }
}
