package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.junit.jupiter.api.Test;

/**
 * Every model in bpmn/ is drawn for the people who read it: each flow node sits in a lane (the role that does it),
 * each element has a shape or edge, and each named event, gateway and sequence flow has its label placed.
 */
class BpmnDiagramsTest {

    @Test
    void everyFlowNodeHasALaneAShapeAndEveryNameALabel() {
        File[] files = new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"));
        assertThat(files).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (File file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            Collection<Lane> lanes = model.getModelElementsByType(Lane.class);
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (lanes.stream().noneMatch(l -> l.getFlowNodeRefs().contains(node))) {
                    problems.add(file.getName() + ": " + node.getId() + " is in no lane");
                }
            }
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                if (!(element instanceof FlowNode) && !(element instanceof SequenceFlow)) {
                    continue;
                }
                DiagramElement drawn = drawing(model, element);
                if (drawn == null) {
                    problems.add(file.getName() + ": " + element.getId() + " is not drawn");
                    continue;
                }
                boolean labelled = element instanceof Event || element instanceof Gateway || element instanceof SequenceFlow;
                boolean named = element.getName() != null && !element.getName().isBlank();
                if (labelled && named && !(element instanceof Activity) && label(drawn) == null) {
                    problems.add(file.getName() + ": the label of " + element.getId() + " has no position");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static DiagramElement drawing(BpmnModelInstance model, BaseElement element) {
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() == element) {
                return shape;
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() == element) {
                return edge;
            }
        }
        return null;
    }

    private static Object label(DiagramElement drawn) {
        Object label = drawn instanceof BpmnShape shape ? shape.getBpmnLabel() : ((BpmnEdge) drawn).getBpmnLabel();
        if (label instanceof org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel l && l.getBounds() != null) {
            return l;
        }
        return null;
    }

}
