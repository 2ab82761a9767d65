package org.partnerflow.tasks;

/** A kind of user task (its BPMN element id and name), for filtering the task list by type. */
public record TaskType(String taskDefinitionKey, String name) {
}
