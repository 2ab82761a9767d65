package org.partnerflow.infrastructure.engine;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's open tasks counted by kind and age in one grouped SQL statement, so a dashboard reads no task rows however
 * much work is open. The team's tasks are those the task list gives it: offered to its group, claimed or not, or
 * assigned to one of its members. Those offered to a staff group are read from the ledger the workflows keep
 * ({@code open_group_task}, see GroupTaskLedger), not found among every partnership's open tasks in Camunda's tables;
 * those assigned to a member come from Camunda's task table by assignee. Standalone tasks (no process) offered to the
 * group are not counted; Partnerflow's workflows create none.
 */
@Service
public class TeamWorkload {

    private final NamedParameterJdbcTemplate jdbc;

    TeamWorkload(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One kind of open task: how many were created under 7 whole days ago, 7 to 30 days ago and 31 or more days ago,
     * and when the oldest was created.
     */
    public record KindCount(String taskDefinitionKey, String name, int underSevenDays, int sevenToThirtyDays,
            int overThirtyDays, Instant oldestCreated) {
    }

    /**
     * The team's open tasks by kind, about the given partnerships only (by the process's partnershipId variable), or
     * about any partnership or none (null).
     */
    @Transactional(readOnly = true)
    public List<KindCount> byKind(String group, Collection<String> members, Collection<Long> partnershipIds,
            Instant now) {
        if (!GroupTaskLedger.keeps(group)) {
            throw new IllegalArgumentException(group + " is not a staff group: its tasks are not in the ledger");
        }
        if (partnershipIds != null && partnershipIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("group", group)
                .addValue("week", Timestamp.from(now.minus(Duration.ofDays(7))))
                .addValue("month", Timestamp.from(now.minus(Duration.ofDays(31))));
        // Offered to the group: the ledger's rows for it. Assigned to a member and not offered to the group: the few
        // claimed tasks, through Camunda's index on the assignee.
        String team = "select G.task_def_key K, G.name N, G.created C, G.proc_inst_id P from open_group_task G"
                + " where G.group_id = :group";
        if (!members.isEmpty()) {
            team += " union all select T.TASK_DEF_KEY_, T.NAME_, T.CREATE_TIME_, T.PROC_INST_ID_ from ACT_RU_TASK T"
                    + " where T.ASSIGNEE_ in (:members) and not exists (select 1 from open_group_task G"
                    + " where G.task_id = T.ID_ and G.group_id = :group)";
            parameters.addValue("members", members);
        }
        String about = "";
        if (partnershipIds != null) {
            about = " where exists (select 1 from ACT_RU_VARIABLE V where V.PROC_INST_ID_ = W.P"
                    + " and V.EXECUTION_ID_ = W.P and V.NAME_ = :name and V.LONG_ in (:partnerships))";
            parameters.addValue("name", ProcessVariables.PARTNERSHIP_ID).addValue("partnerships", partnershipIds);
        }
        return jdbc.query("""
                select W.K, min(W.N),
                  sum(case when W.C > :week then 1 else 0 end),
                  sum(case when W.C <= :week and W.C > :month then 1 else 0 end),
                  sum(case when W.C <= :month then 1 else 0 end),
                  min(W.C)
                from (""" + team + ") W" + about + " group by W.K", parameters,
                (rs, row) -> new KindCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant()));
    }
}
