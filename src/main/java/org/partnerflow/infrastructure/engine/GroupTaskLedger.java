package org.partnerflow.infrastructure.engine;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.partnerflow.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code open_group_task}: the open workflow tasks offered to a staff group, one row per task and group, so a
 * team's workload is counted from its own rows instead of every open task (issue 9; see TeamWorkload).
 *
 * <p>A built-in listener on every user task writes the rows in the transaction of the engine command that creates,
 * completes or deletes the task. Built-in listeners run even when a process is deleted with {@code
 * skipCustomListeners}, so a Camunda REST call changes the ledger exactly as our API does. What no listener sees —
 * candidate groups changed on an open task, a process migrated to another task key — is put right at start-up by
 * {@link #reconcile}, which compares the ledger with Camunda's tables. Partnership groups are not kept: nothing counts
 * a partnership's tasks by group, and leaving them out keeps the partner's submissions free of the extra write.
 */
@Component
public class GroupTaskLedger extends AbstractProcessEnginePlugin {

    /** The groups whose tasks are kept: every staff role's group. */
    static final Set<String> STAFF_GROUPS = Arrays.stream(Role.values()).map(Role::group).filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());

    /** Whether the ledger keeps the tasks offered to this group (never for null: a candidate user, not a group). */
    public static boolean keeps(String group) {
        return group != null && STAFF_GROUPS.contains(group); // an unmodifiable set throws on contains(null)
    }

    private static boolean offeredToStaff(IdentityLink link) {
        return IdentityLinkType.CANDIDATE.equals(link.getType()) && keeps(link.getGroupId());
    }

    private static final Logger log = LoggerFactory.getLogger(GroupTaskLedger.class);

    private static final String INSERT = "insert into open_group_task"
            + " (task_id, group_id, task_def_key, name, proc_inst_id, created) values (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TaskListener onCreate = this::created;
    private final TaskListener onEnd = this::ended;

    GroupTaskLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners =
                configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
                        : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, onEnd);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, onEnd);
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        try {
            Correction correction = reconcile(configuration.getDatabaseTablePrefix());
            if (correction.removed() + correction.added() > 0) {
                // Expected on the first start after the upgrade that adds the ledger; otherwise a change no listener
                // sees (candidate groups edited on an open task, a migrated process).
                log.info("Open group tasks put in step with Camunda's tables: {} rows removed, {} added",
                        correction.removed(), correction.added());
            }
        } catch (DataAccessException e) {
            // Two nodes starting together may both add the same missing row; the other node's rows serve both.
            log.warn("Could not check the open group tasks against Camunda's tables: {}", e.getMessage());
        }
    }

    /** How many rows a reconciliation removed and added. */
    public record Correction(int removed, int added) {
    }

    /**
     * Puts the ledger in step with Camunda's open tasks and candidate groups: removes rows whose task is gone, no
     * longer offered to the group or now of another kind, and adds the staff-group offers of workflow tasks that have
     * no row. Standalone tasks (no process) have no listener and are left out.
     */
    public Correction reconcile(String prefix) {
        List<String> groups = STAFF_GROUPS.stream().sorted().toList();
        String staff = String.join(", ", Collections.nCopies(groups.size(), "?"));
        int removed = jdbc.update("delete from open_group_task where not exists (select 1 from " + prefix
                + "ACT_RU_IDENTITYLINK I join " + prefix + "ACT_RU_TASK T on T.ID_ = I.TASK_ID_"
                + " where I.TASK_ID_ = open_group_task.task_id and I.GROUP_ID_ = open_group_task.group_id"
                + " and I.TYPE_ = 'candidate' and T.TASK_DEF_KEY_ = open_group_task.task_def_key)");
        int added = jdbc.update("insert into open_group_task (task_id, group_id, task_def_key, name, proc_inst_id,"
                + " created) select T.ID_, I.GROUP_ID_, T.TASK_DEF_KEY_, T.NAME_, T.PROC_INST_ID_, T.CREATE_TIME_"
                + " from " + prefix + "ACT_RU_TASK T join " + prefix + "ACT_RU_IDENTITYLINK I on I.TASK_ID_ = T.ID_"
                + " where I.TYPE_ = 'candidate' and I.GROUP_ID_ in (" + staff + ") and T.PROC_INST_ID_ is not null"
                + " and T.TASK_DEF_KEY_ is not null and not exists (select 1 from open_group_task G"
                + " where G.task_id = T.ID_ and G.group_id = I.GROUP_ID_)", groups.toArray());
        return new Correction(removed, added);
    }

    private void created(DelegateTask task) {
        List<Object[]> rows = new ArrayList<>();
        for (IdentityLink link : task.getCandidates()) {
            if (offeredToStaff(link)) {
                rows.add(new Object[] {task.getId(), link.getGroupId(), task.getTaskDefinitionKey(), task.getName(),
                        task.getProcessInstanceId(), new Timestamp(task.getCreateTime().getTime())});
            }
        }
        if (rows.size() == 1) {
            jdbc.update(INSERT, rows.get(0));
        } else if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
    }

    /**
     * Completed or deleted. The engine reads the task's identity links to delete them anyway, so asking for the
     * candidates costs no statement, and a partnership's task (no staff group) costs no delete.
     */
    private void ended(DelegateTask task) {
        if (task.getCandidates().stream().anyMatch(GroupTaskLedger::offeredToStaff)) {
            jdbc.update("delete from open_group_task where task_id = ?", task.getId());
        }
    }
}
