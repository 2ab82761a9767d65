package org.partnerflow.infrastructure.engine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds Partnerflow's indexes to Camunda's own tables, for the manager dashboard (issue 9):
 * <ul>
 * <li>task history by kind and end time, with the duration and how it ended: TaskHistory's turnaround reads the
 * completed tasks of one kind and their durations from this index alone (Camunda indexes END_TIME_ alone, so the
 * median read every completed task of every kind);</li>
 * <li>candidate groups with their tasks: a team's open tasks (TeamWorkload) are found from the group's entries in
 * this index alone, where Camunda's index on GROUP_ID_ sent every entry back to the table;</li>
 * <li>open tasks by due date: the team's overdue tasks (TaskList.overdueForTeam) are few, but without an index on
 * DUE_DATE_ finding them read every open task.</li>
 * </ul>
 * Created once the engine has built its schema, on every start with IF NOT EXISTS: Flyway runs before the engine and
 * cannot index a table that does not exist yet. Building one on a large existing table takes a short write lock on
 * it, once. Two nodes starting together may race to create one; the loser logs and carries on, since the winner's
 * index serves both.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    /** Index name to table and columns (without Camunda's table prefix). */
    static final Map<String, String> INDEXES = Map.of(
            "pf_ix_hi_task_key_end_duration", "ACT_HI_TASKINST (TASK_DEF_KEY_, END_TIME_, DURATION_, DELETE_REASON_)",
            "pf_ix_ru_task_due", "ACT_RU_TASK (DUE_DATE_)",
            "pf_ix_ru_link_group_task", "ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)");

    /** Indexes of earlier versions that one above replaces (it leads with the same columns). */
    static final List<String> REPLACED = List.of("pf_ix_hi_task_key_end");

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        JdbcTemplate jdbc = new JdbcTemplate(configuration.getDataSource());
        REPLACED.forEach(name -> {
            try {
                jdbc.execute("drop index if exists " + name);
            } catch (DataAccessException e) {
                log.warn("Could not drop the replaced index {}: {}", name, e.getMessage());
            }
        });
        INDEXES.forEach((name, columns) -> {
            try {
                jdbc.execute("create index if not exists " + name + " on " + configuration.getDatabaseTablePrefix()
                        + columns);
            } catch (DataAccessException e) {
                log.warn("Could not create index {} on Camunda's table (another node may be creating it): {}", name,
                        e.getMessage());
            }
        });
    }
}
