package org.partnerflow.infrastructure.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.security.Role;
import org.partnerflow.tasks.TaskList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the engine SQL (package infrastructure.engine) assumes of Camunda's own tables holds for the engine on the
 * classpath: every table and column it names exists in the schema the engine made, Partnerflow's indexes sit on them,
 * every statement runs, and a task and its history read back as the SQL expects (the candidate type, the process
 * instance's own variables, the delete reason of a completed task). Fails when an engine upgrade changes any of it.
 * Run on H2 and on PostgreSQL.
 */
abstract class CamundaSchemaContract {

    /** The engine SQL's tables and the columns it reads, as in the infrastructure module's contract. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "ACT_RU_TASK", List.of("ID_", "NAME_", "TASK_DEF_KEY_", "PROC_DEF_ID_", "PROC_INST_ID_", "ASSIGNEE_",
                    "CREATE_TIME_", "DUE_DATE_"),
            "ACT_RU_IDENTITYLINK", List.of("TASK_ID_", "GROUP_ID_", "TYPE_"),
            "ACT_RU_EXECUTION", List.of("ID_", "BUSINESS_KEY_"),
            "ACT_RU_VARIABLE", List.of("EXECUTION_ID_", "PROC_INST_ID_", "NAME_", "LONG_"),
            "ACT_HI_TASKINST", List.of("TASK_DEF_KEY_", "END_TIME_", "DURATION_", "DELETE_REASON_", "PROC_INST_ID_"),
            "ACT_HI_VARINST", List.of("PROC_INST_ID_", "EXECUTION_ID_", "NAME_", "LONG_"));

    private static final String PROCESS = "schemaContract";
    private static final String MANAGERS = Role.PROGRAMME_MANAGER.group();
    private static final long PARTNERSHIP = 765_432_109L;
    private static final long AWARD = 765_432_110L;
    private static final Instant NOW = Instant.now();

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired OpenTasks openTasks;
    @Autowired InstanceFacts instanceFacts;
    @Autowired CandidateGroups candidateGroups;
    @Autowired OpenTaskKinds openTaskKinds;
    @Autowired LockedTaskCompletion completion;
    @Autowired TeamWorkload workload;
    @Autowired TaskHistory history;

    private String deployment;

    @BeforeEach
    void deployAOneTaskProcess() {
        deployment = repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESS).startEvent().userTask("contractReview").name("Contract review")
                        .camundaCandidateGroups(MANAGERS).endEvent().done()).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repositoryService.deleteDeployment(deployment, true, true);
    }

    @Test
    void everyTableAndColumnTheEngineSqlReadsExists() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            COLUMNS.forEach((table, columns) -> assertThat(columnsOf(metadata, connection, table)).as(table)
                    .containsAll(columns));
        }
    }

    @Test
    void partnerflowsIndexesSitOnTheEnginesTables() throws SQLException {
        Set<String> indexes = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("ACT_HI_TASKINST", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK")) {
                indexes.addAll(indexesOf(connection.getMetaData(), connection, table));
            }
        }
        assertThat(indexes).containsAll(EngineIndexes.INDEXES.keySet());
    }

    @Test
    void everyStatementRuns() {
        List<String> nobody = List.of("no.such.user");
        List<String> noGroup = List.of("no-such-group");
        inRolledBackTransaction(() -> {
            for (boolean narrow : new boolean[] {true, false}) {
                OpenTasks.Criteria criteria = new OpenTasks.Criteria(nobody, noGroup, narrow, "contractReview",
                        PARTNERSHIP, ProcessVariables.PARTNERSHIP_ID, null);
                assertThat(openTasks.page(criteria, 0, 10)).isEmpty();
                assertThat(openTasks.page(criteria, 20, 10)).as("past the dated tasks: counts them").isEmpty();
                assertThat(openTasks.count(criteria)).isZero();
                assertThat(openTasks.all(new OpenTasks.Criteria(nobody, noGroup, narrow, null, null,
                        ProcessVariables.PARTNERSHIP_ID, NOW))).isEmpty();
            }
            assertThat(openTasks.page(new OpenTasks.Criteria(nobody, List.of(), false, null, null,
                    ProcessVariables.PARTNERSHIP_ID, null), 0, 10)).isEmpty();
            assertThat(instanceFacts.of(List.of("no-such-instance"), ProcessVariables.PARTNERSHIP_ID,
                    ProcessVariables.AWARD_ID)).isEmpty();
            assertThat(candidateGroups.of(List.of("no-such-task"))).isEmpty();
            assertThat(openTaskKinds.of("no.such.user", noGroup)).isEmpty();
            assertThat(openTaskKinds.of("no.such.user", List.of())).isEmpty();
            assertThat(completion.lockAndRead("no-such-task")).isEmpty();
            assertThat(workload.byKind(MANAGERS, nobody, List.of(-1L), NOW)).isEmpty();
            assertThat(history.turnarounds("no-such-kind", List.of(-1L), NOW))
                    .isEqualTo(new TaskHistory.Turnarounds(new TaskHistory.Turnaround(0, null),
                            new TaskHistory.Turnaround(0, null)));
        });
    }

    @Test
    void anOpenTaskAndItsHistoryReadBackAsTheSqlExpects() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, "contract-key",
                Map.of(ProcessVariables.PARTNERSHIP_ID, PARTNERSHIP, ProcessVariables.AWARD_ID, AWARD));
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(candidateGroups.of(List.of(task.getId()))).containsEntry(task.getId(), List.of(MANAGERS));
        assertThat(instanceFacts.of(List.of(instance.getId()), ProcessVariables.PARTNERSHIP_ID,
                ProcessVariables.AWARD_ID)).containsEntry(instance.getId(),
                        new InstanceFacts.Facts("contract-key", PARTNERSHIP, AWARD));
        assertThat(openTasks.page(new OpenTasks.Criteria(List.of(), List.of(MANAGERS), false, "contractReview",
                PARTNERSHIP, ProcessVariables.PARTNERSHIP_ID, null), 0, 10)).extracting(OpenTasks.Row::id)
                .containsExactly(task.getId());

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            LockedTaskCompletion.LockedTask locked = completion.lockAndRead(task.getId()).orElseThrow();
            assertThat(locked.instance()).isEqualTo(new InstanceFacts.Facts("contract-key", PARTNERSHIP, AWARD));
            assertThat(locked.candidateGroups()).containsExactly(MANAGERS);
            completion.complete(task.getId(), "contract.user", true, Map.of());
        });
        assertThat(history.turnarounds("contractReview", List.of(PARTNERSHIP), null).allTime().completed())
                .as("completed, told apart from cancelled by its delete reason").isEqualTo(1);
    }

    @Test
    void theVariableNamesAreTheWorkflowsOwn() {
        assertThat(ProcessVariables.PARTNERSHIP_ID).isEqualTo(TaskList.PARTNERSHIP_ID);
        assertThat(ProcessVariables.AWARD_ID).isEqualTo(TaskList.AWARD_ID);
    }

    private void inRolledBackTransaction(Runnable statements) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            statements.run();
        });
    }

    /** The table's columns in upper case: H2 keeps Camunda's names as written, PostgreSQL folds them to lower. */
    private static Set<String> columnsOf(DatabaseMetaData metadata, Connection connection, String table) {
        Set<String> columns = new HashSet<>();
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = metadata.getColumns(connection.getCatalog(), connection.getSchema(), name, null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return columns;
    }

    private static Set<String> indexesOf(DatabaseMetaData metadata, Connection connection, String table) {
        Set<String> indexes = new HashSet<>();
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = metadata.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false,
                    false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null) {
                        indexes.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return indexes;
    }
}
