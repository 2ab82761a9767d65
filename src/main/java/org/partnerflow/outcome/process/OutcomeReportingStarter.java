package org.partnerflow.outcome.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.partnerflow.award.AwardActivated;
import org.partnerflow.award.AwardTerminated;
import org.partnerflow.tasks.TaskList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts outcomeReporting for each award that becomes ACTIVE, in the activation's own transaction (the award
 * and its reporting start together or not at all), and ends it when the award is terminated. Business key: the award
 * id. Reports already sent and their values stay as they are.
 */
@Component
class OutcomeReportingStarter {

    static final String PROCESS_KEY = "outcomeReporting";

    private final RuntimeService runtime;

    OutcomeReportingStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(AwardActivated activated) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, Long.toString(activated.awardId()), Map.of(
                TaskList.AWARD_ID, activated.awardId(),
                TaskList.PARTNERSHIP_ID, activated.partnershipId(),
                "programmeId", activated.programmeId()));
    }

    /** Ends the terminated award's outcome reporting, open report tasks and follow-ups with it. */
    @EventListener
    void on(AwardTerminated terminated) {
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(terminated.awardId())).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "Award terminated", false, true));
    }
}
