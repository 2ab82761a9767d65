package org.partnerflow.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;

/** bpmn/caseStudyUpdate.bpmn parses and validates, keeps the API's task keys and draws every element. */
class CaseStudyUpdateModelTest {

    private final BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/caseStudyUpdate.bpmn"));

    @Test
    void theModelIsValidBpmnWithRetention() {
        Bpmn.validateModel(model);
        Process process = model.getModelElementById("caseStudyUpdate");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P2555D");
    }

    @Test
    void userTasksAreTheApiKeysWithTheirCandidateGroups() {
        Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
        assertThat(tasks).extracting(UserTask::getId)
                .containsExactlyInAnyOrder("triageUpdateRequest", "draftCaseStudyVersion", "approveCaseStudyVersion");
        assertThat(((UserTask) model.getModelElementById("draftCaseStudyVersion")).getCamundaCandidateGroups())
                .isEqualTo("partnership-${partnershipId},programme-managers");
        assertThat(((UserTask) model.getModelElementById("triageUpdateRequest")).getCamundaCandidateGroups())
                .isEqualTo("programme-managers");
    }

    @Test
    void everyFlowNodeSitsInALaneAndIsDrawn() {
        Collection<Lane> lanes = model.getModelElementsByType(Lane.class);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(lanes.stream().anyMatch(l -> l.getFlowNodeRefs().contains(node))).as(node.getId()).isTrue();
            assertThat(model.getModelElementsByType(BpmnShape.class).stream()
                    .anyMatch(s -> s.getBpmnElement() == node)).as(node.getId() + " drawn").isTrue();
        }
    }
}
