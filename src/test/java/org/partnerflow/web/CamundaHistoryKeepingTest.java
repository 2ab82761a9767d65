package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda keeps who did what (its user-operation log names the user who claimed or completed a task through the
 * API) and does not keep it for ever: history cleanup has a nightly window, and a finished process gets a
 * removal time of its end plus the model's seven years.
 */
@DemoAppTest
class CamundaHistoryKeepingTest {

    @LocalServerPort
    int port;

    @Autowired
    HistoryService history;

    @Autowired
    ProcessEngine engine;

    @Test
    void claimingAndCompletingATaskThroughTheApiIsInTheOperationLogUnderTheUser() {
        ActiveAward award = ActiveAward.ahead(port);
        Api partner = award.partnerApi(port);
        String evidence = award.taskId(partner, "submitMilestoneEvidence", award.milestone(0).id());

        assertThat(partner.post("/api/v1/tasks/" + evidence + "/claim", Map.of()).status()).isEqualTo(204);
        assertThat(partner.post("/api/v1/tasks/" + evidence + "/complete",
                Map.of("narrative", "The first hub is open.")).status()).isEqualTo(204);

        String username = award.partnership().username();
        List<UserOperationLogEntry> entries = history.createUserOperationLogQuery().taskId(evidence).list();
        assertThat(entries).filteredOn(e -> UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(e.getOperationType()))
                .isNotEmpty().allMatch(e -> username.equals(e.getUserId()));
        assertThat(entries).filteredOn(e -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(e.getOperationType()))
                .isNotEmpty().allMatch(e -> username.equals(e.getUserId()));
        // The funder's completion of the panel decision is logged under the funder.
        assertThat(history.createUserOperationLogQuery().userId("funder")
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).count()).isPositive();
        // Completed without claiming first: claimed and completed in one engine command, the funder is the
        // assignee in Camunda's task history.
        assertThat(history.createHistoricTaskInstanceQuery().taskDefinitionKey("decideAward").taskAssignee("funder")
                .finished().count()).isPositive();
    }

    @Test
    void historyCleanupRunsInANightlyWindowAndFinishedProcessesGetARemovalTime() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(history.findHistoryCleanupJobs()).as("the cleanup job is scheduled").isNotEmpty();

        // The demo's Greenwich case study was published through two caseStudyUpdate processes, both finished.
        List<HistoricProcessInstance> finished = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("caseStudyUpdate").rootProcessInstances().finished().list();
        assertThat(finished).isNotEmpty();
        for (HistoricProcessInstance instance : finished) {
            assertThat(instance.getRemovalTime()).as("removal time of " + instance.getId()).isNotNull();
            assertThat(instance.getRemovalTime().toInstant())
                    .isEqualTo(instance.getEndTime().toInstant().plus(2555, ChronoUnit.DAYS));
        }
        // A running award has none yet: its history is kept until it ends.
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("grantAward").unfinished()
                .list()).allMatch(p -> p.getRemovalTime() == null);
    }
}
