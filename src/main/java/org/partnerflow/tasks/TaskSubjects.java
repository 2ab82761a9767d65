package org.partnerflow.tasks;

import java.util.List;
import java.util.Map;

/**
 * What the tasks of one process are about, in a few words for the task list (milestone 2: Hubs open; the review
 * due 31 March 2027; the case study Greenwich Together). Owned here, implemented by the module that runs the
 * process, so the list can say it without depending on that module.
 */
public interface TaskSubjects {

    /** The key of the process whose tasks this describes (milestoneDelivery, learningReview, ...). */
    String processDefinitionKey();

    /**
     * The words for each of the tasks (all of this process), by task id, in the reader's language; with at most one
     * query for all of them, however many there are. A task it cannot describe is left out.
     */
    Map<String, String> describe(List<WorkItem> tasks);
}
