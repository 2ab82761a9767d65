package org.partnerflow.learning.process;

import org.camunda.bpm.engine.RuntimeService;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Component;

/** Which learning review a task belongs to: the learningReviewId variable of its process instance. */
@Component
class ReviewOfTask {

    private final RuntimeService runtime;

    ReviewOfTask(RuntimeService runtime) {
        this.runtime = runtime;
    }

    long id(WorkItem task) {
        return ((Number) runtime.getVariable(task.processInstanceId(), LearningDelegates.REVIEW_ID)).longValue();
    }
}
