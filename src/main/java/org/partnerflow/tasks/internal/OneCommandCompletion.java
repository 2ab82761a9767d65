package org.partnerflow.tasks.internal;

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
import org.partnerflow.tasks.WorkItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Completes a task for a user in two steps, both in the caller's transaction (issue 9):
 * <ol>
 * <li>{@link #lockAndRead(String)} takes the task row's lock with one SELECT FOR UPDATE, so parallel completions of
 * one task wait here and the losers find the task gone, before any of their own writes; the same statement and one
 * more read what the caller's checks need (business key, partnership, award, candidate groups), where Camunda's
 * query API took four statements;</li>
 * <li>{@link #complete} claims (when unassigned) and completes in one engine command: one command context reads the
 * task, its execution and its process definition once and flushes once, where claim() and then complete() did
 * both twice. Camunda keeps the assignee in its history and the completion in its operation log under the user.</li>
 * </ol>
 * Without the lock the one command would let parallel completions all run into the domain's unique keys (the
 * separate claim used to take the lock, at 12 more statements). Uses the engine's command classes, internal API:
 * re-check them and the columns read here on a Camunda upgrade (QueryBudgetTest, TaskCompletionApiTest and
 * ConcurrentRequestsOnPostgresTest cover this path).
 */
@Component
public class OneCommandCompletion {

    private final CommandExecutor commands;
    private final JdbcTemplate jdbc;

    OneCommandCompletion(ProcessEngine engine, JdbcTemplate jdbc) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.jdbc = jdbc;
    }

    /**
     * Locks the open task's row until the transaction ends and describes the task as the task list does; empty when
     * the task is not open (never was, or already completed). The partnership and award are the process instance's
     * own variables, as in TaskList.
     */
    public Optional<WorkItem> lockAndRead(String taskId) {
        List<WorkItem> rows = jdbc.query("select ID_, NAME_, TASK_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, ASSIGNEE_, "
                + "CREATE_TIME_, DUE_DATE_ from ACT_RU_TASK where ID_ = ? for update", (rs, n) -> new WorkItem(
                        rs.getString(1), rs.getString(2), rs.getString(3), WorkItem.processDefinitionKeyOf(rs.getString(4)),
                        rs.getString(5), null, null, null, rs.getString(6), List.of(), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8))), taskId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        WorkItem task = rows.get(0);
        Object[] instance = new Object[3];
        List<String> groups = new ArrayList<>();
        jdbc.query("select e.BUSINESS_KEY_, p.LONG_, a.LONG_, l.GROUP_ID_ from ACT_RU_EXECUTION e "
                + "left join ACT_RU_VARIABLE p on p.EXECUTION_ID_ = e.ID_ and p.NAME_ = 'partnershipId' "
                + "left join ACT_RU_VARIABLE a on a.EXECUTION_ID_ = e.ID_ and a.NAME_ = 'awardId' "
                + "left join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = ? and l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null "
                + "where e.ID_ = ? order by l.GROUP_ID_", rs -> {
                    instance[0] = rs.getString(1);
                    instance[1] = rs.getObject(2) == null ? null : rs.getLong(2);
                    instance[2] = rs.getObject(3) == null ? null : rs.getLong(3);
                    if (rs.getString(4) != null) {
                        groups.add(rs.getString(4));
                    }
                }, taskId, task.processInstanceId());
        return Optional.of(new WorkItem(task.id(), task.name(), task.taskDefinitionKey(), task.processDefinitionKey(),
                task.processInstanceId(), (String) instance[0], (Long) instance[1], (Long) instance[2], task.assignee(),
                List.copyOf(groups), task.created(), task.due()));
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
