package org.partnerflow.infrastructure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger of tasks offered to staff groups (GroupTaskLedger) stays in step with Camunda through every way a task
 * ends, and the team's workload read from it counts what Camunda holds: offered to the group once whoever claims it,
 * assigned to a member though offered to another group, narrowed by partnership, gone once completed or deleted
 * (also with skipCustomListeners, which Camunda REST offers). Start-up's reconciliation puts drift right. Run on H2
 * and on PostgreSQL.
 */
abstract class GroupTaskLedgerContract {

    private static final String PROCESS = "ledgerContract";
    private static final String MANAGERS = Role.PROGRAMME_MANAGER.group();
    private static final List<String> TEAM = List.of("ledger.manager");
    private static final long PARTNERSHIP = 876_543_210L;

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired TeamWorkload workload;
    @Autowired GroupTaskLedger ledger;
    @Autowired JdbcTemplate jdbc;

    private String deployment;

    @BeforeEach
    void deployAProcessWithTwoTasks() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).startEvent()
                .userTask("ledgerReview").name("Ledger review")
                .camundaCandidateGroups(MANAGERS + "," + Role.FUNDER.group() + "," + Role.partnershipGroup(PARTNERSHIP))
                .userTask("ledgerPartnerStep").name("Ledger partner step")
                .camundaCandidateGroups(Role.partnershipGroup(PARTNERSHIP))
                .endEvent().done();
        deployment = repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repositoryService.deleteDeployment(deployment, true, true);
    }

    private ProcessInstance start(long partnership) {
        return runtimeService.startProcessInstanceByKey(PROCESS, Map.of(ProcessVariables.PARTNERSHIP_ID, partnership));
    }

    private Task open(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private List<String> groupsOf(Task task) {
        return jdbc.queryForList("select group_id from open_group_task where task_id = ? order by group_id",
                String.class, task.getId());
    }

    /** The team's open tasks of the given kind, as the dashboard counts them. */
    private int counted(String kind, Set<Long> partnerships) {
        return workload.byKind(MANAGERS, TEAM, partnerships, Instant.now()).stream()
                .filter(k -> k.taskDefinitionKey().equals(kind))
                .mapToInt(k -> k.underSevenDays() + k.sevenToThirtyDays() + k.overThirtyDays()).sum();
    }

    @Test
    void aTaskIsKeptForEachStaffGroupItIsOfferedToAndCountedOnceWhoeverClaimsIt() {
        Task review = open(start(PARTNERSHIP));
        assertThat(groupsOf(review)).as("staff groups only, not the partnership's")
                .containsExactly(Role.FUNDER.group(), MANAGERS);
        assertThat(counted("ledgerReview", null)).isEqualTo(1);

        taskService.claim(review.getId(), "ledger.manager");
        assertThat(counted("ledgerReview", null)).as("offered to the group and assigned to a member: once").isEqualTo(1);
        assertThat(counted("ledgerReview", Set.of(PARTNERSHIP))).isEqualTo(1);
        assertThat(counted("ledgerReview", Set.of(PARTNERSHIP + 1))).as("another partnership's dashboard").isZero();

        taskService.complete(review.getId());
        assertThat(groupsOf(review)).as("completed").isEmpty();
        assertThat(counted("ledgerReview", null)).isZero();
    }

    @Test
    void aTaskOfferedToAnotherGroupCountsWhileAMemberHasIt() {
        ProcessInstance instance = start(PARTNERSHIP);
        taskService.complete(open(instance).getId());
        Task partnerStep = open(instance);
        assertThat(groupsOf(partnerStep)).isEmpty();
        assertThat(counted("ledgerPartnerStep", null)).isZero();

        taskService.setAssignee(partnerStep.getId(), "ledger.manager");
        assertThat(counted("ledgerPartnerStep", null)).isEqualTo(1);
        assertThat(counted("ledgerPartnerStep", Set.of(PARTNERSHIP + 1))).isZero();
    }

    @Test
    void deletingTheProcessRemovesItsRowsEvenSkippingCustomListeners() {
        Task first = open(start(PARTNERSHIP));
        Task second = open(start(PARTNERSHIP));
        runtimeService.deleteProcessInstance(first.getProcessInstanceId(), "test", false);
        runtimeService.deleteProcessInstance(second.getProcessInstanceId(), "test", true);
        assertThat(groupsOf(first)).isEmpty();
        assertThat(groupsOf(second)).as("skipCustomListeners").isEmpty();
        assertThat(counted("ledgerReview", null)).isZero();
    }

    @Test
    void reconciliationRemovesWhatCamundaNoLongerHasAndAddsWhatItMissed() {
        Task review = open(start(PARTNERSHIP));
        String prefix = "";
        assertThat(ledger.reconcile(prefix)).as("in step after the workflows' own writes")
                .isEqualTo(new GroupTaskLedger.Correction(0, 0));

        jdbc.update("delete from open_group_task where task_id = ? and group_id = ?", review.getId(), MANAGERS);
        jdbc.update("insert into open_group_task (task_id, group_id, task_def_key, name, proc_inst_id, created)"
                + " values ('no-such-task', ?, 'ledgerReview', 'Ledger review', null, current_timestamp)", MANAGERS);
        taskService.deleteCandidateGroup(review.getId(), Role.FUNDER.group());

        assertThat(ledger.reconcile(prefix)).isEqualTo(new GroupTaskLedger.Correction(2, 1));
        assertThat(groupsOf(review)).containsExactly(MANAGERS);
        assertThat(counted("ledgerReview", null)).isEqualTo(1);
    }

    @Test
    void onlyAStaffGroupsWorkloadIsRead() {
        assertThatThrownBy(() -> workload.byKind(Role.partnershipGroup(PARTNERSHIP), TEAM, null, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
