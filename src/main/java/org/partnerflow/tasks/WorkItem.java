package org.partnerflow.tasks;

import java.time.Instant;
import java.util.List;

/** A user task as the task list shows it, with the partnership and award it concerns. */
public record WorkItem(String id, String name, String taskDefinitionKey, String processDefinitionKey,
        String processInstanceId, String businessKey, Long partnershipId, Long awardId, String assignee,
        List<String> candidateGroups, Instant created, Instant due) {

    /** The process definition's key from its id (key:version:id), as Camunda writes it. */
    public static String processDefinitionKeyOf(String definitionId) {
        if (definitionId == null) {
            return null;
        }
        int colon = definitionId.indexOf(':');
        return colon > 0 ? definitionId.substring(0, colon) : definitionId;
    }

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
