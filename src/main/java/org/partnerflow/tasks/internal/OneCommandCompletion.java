package org.partnerflow.tasks.internal;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Completes a task for a user in two steps, both in the caller's transaction (issue 9):
 * <ol>
 * <li>{@link #lock(String)} takes the task row's lock with one SELECT FOR UPDATE, so parallel completions of one task
 * wait here and the losers find the task gone, before any of their own writes;</li>
 * <li>{@link #complete} claims (when unassigned) and completes in one engine command: one command context reads the
 * task, its execution and its process definition once and flushes once, where claim() and then complete() did
 * both twice. Camunda keeps the assignee in its history and the completion in its operation log under the user.</li>
 * </ol>
 * Without the lock the one command would let parallel completions all run into the domain's unique keys (the
 * separate claim used to take the lock, at 12 more statements). Uses the engine's command classes, internal API:
 * re-check them on a Camunda upgrade (QueryBudgetTest and ConcurrentRequestsOnPostgresTest cover this path).
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

    /** Locks the open task's row until the transaction ends; false when the task is no longer open. */
    public boolean lock(String taskId) {
        return !jdbc.queryForList("select ID_ from ACT_RU_TASK where ID_ = ? for update", String.class, taskId)
                .isEmpty();
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
