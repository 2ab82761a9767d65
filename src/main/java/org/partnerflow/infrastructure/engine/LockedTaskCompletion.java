package org.partnerflow.infrastructure.engine;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * Completes a task for a user in two steps, both in the caller's transaction (issue 9):
 * <ol>
 * <li>{@link #lockAndRead(String)} takes the task row's lock with one SELECT FOR UPDATE, so parallel completions of
 * one task wait here and the losers find the task gone, before any of their own writes; the same statement reads
 * what the caller's checks need (business key, partnership, award, candidate groups), where Camunda's query API
 * took four statements;</li>
 * <li>{@link #complete} claims (when unassigned) and completes in one engine command: one command context reads the
 * task, its execution and its process definition once and flushes once, where claim() and then complete() did
 * both twice. Camunda keeps the assignee in its history and the completion in its operation log under the user.</li>
 * </ol>
 * Without the lock the one command would let parallel completions all run into the domain's unique keys (the
 * separate claim used to take the lock, at 12 more statements). Uses the engine's command classes, internal API:
 * CamundaSchemaContractTest checks the columns read here, QueryBudgetTest, TaskCompletionApiTest and
 * ConcurrentRequestsOnPostgresTest cover this path on a Camunda upgrade.
 */
@Component
public class LockedTaskCompletion {

    /** An open task as it was locked: its own columns, its instance's facts and its candidate groups. */
    public record LockedTask(OpenTasks.Row task, InstanceFacts.Facts instance, List<String> candidateGroups) {
    }

    private final CommandExecutor commands;
    private final JdbcTemplate jdbc;
    private final String lockAndRead;

    LockedTaskCompletion(ProcessEngine engine, JdbcTemplate jdbc) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.jdbc = jdbc;
        this.lockAndRead = lockAndReadStatement(
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType());
    }

    /**
     * Locks the open task's row until the transaction ends and reads it with its instance's business key, partnership
     * and award (the process instance's own variables, as InstanceFacts reads them) and its candidate groups; empty
     * when the task is not open (never was, or already completed).
     */
    public Optional<LockedTask> lockAndRead(String taskId) {
        return jdbc.query(lockAndRead, (ResultSetExtractor<Optional<LockedTask>>) rs -> {
            if (!rs.next()) {
                return Optional.empty();
            }
            OpenTasks.Row task = new OpenTasks.Row(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7)),
                    instant(rs.getTimestamp(8)));
            InstanceFacts.Facts instance = new InstanceFacts.Facts(rs.getString(9),
                    rs.getObject(10) == null ? null : rs.getLong(10), rs.getObject(11) == null ? null : rs.getLong(11));
            List<String> groups = new ArrayList<>();
            do { // one row per candidate group
                if (rs.getString(12) != null) {
                    groups.add(rs.getString(12));
                }
            } while (rs.next());
            return Optional.of(new LockedTask(task, instance, List.copyOf(groups)));
        }, taskId);
    }

    /**
     * The task row, locked, with its instance's business key, partnership and award variables and its candidate
     * groups. Only the task's row is locked: PostgreSQL names it (FOR UPDATE OF), and H2 does not lock the nullable
     * side of a left join, where everything but the task sits.
     */
    private static String lockAndReadStatement(String databaseType) {
        return "select t.ID_, t.NAME_, t.TASK_DEF_KEY_, t.PROC_DEF_ID_, t.PROC_INST_ID_, t.ASSIGNEE_, t.CREATE_TIME_, "
                + "t.DUE_DATE_, e.BUSINESS_KEY_, p.LONG_, a.LONG_, l.GROUP_ID_ from ACT_RU_TASK t "
                + "left join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ "
                + "left join ACT_RU_VARIABLE p on p.EXECUTION_ID_ = t.PROC_INST_ID_ and p.NAME_ = '"
                + ProcessVariables.PARTNERSHIP_ID + "' "
                + "left join ACT_RU_VARIABLE a on a.EXECUTION_ID_ = t.PROC_INST_ID_ and a.NAME_ = '"
                + ProcessVariables.AWARD_ID + "' "
                + "left join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' "
                + "and l.GROUP_ID_ is not null where t.ID_ = ? order by l.GROUP_ID_ "
                + ("postgres".equals(databaseType) ? "for update of t" : "for update");
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Completes the task with these variables, first claiming it for the user when it has no assignee. */
    public void complete(String taskId, String username, boolean claim, Map<String, Object> variables) {
        commands.execute(context -> {
            if (claim) {
                new ClaimTaskCmd(taskId, username).execute(context);
            }
            return new CompleteTaskCmd(taskId, variables, false, false).execute(context);
        });
    }
}
