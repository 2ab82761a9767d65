package org.partnerflow.tasks;

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
 * A team's open tasks counted by kind and age in one grouped SQL statement over Camunda's runtime tables (stable
 * across 7.x, as TaskTypes reads them), so a dashboard reads no task rows however much work is open. The team's
 * tasks are those the task list gives it: offered to its group, claimed or not, or assigned to one of its members.
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
        if (partnershipIds != null && partnershipIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("group", group)
                .addValue("week", Timestamp.from(now.minus(Duration.ofDays(7))))
                .addValue("month", Timestamp.from(now.minus(Duration.ofDays(31))));
        String team = "exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = T.ID_ and I.TYPE_ = 'candidate'"
                + " and I.GROUP_ID_ = :group)";
        if (!members.isEmpty()) {
            team = "(" + team + " or T.ASSIGNEE_ in (:members))";
            parameters.addValue("members", members);
        }
        String about = "";
        if (partnershipIds != null) {
            about = " and exists (select 1 from ACT_RU_VARIABLE V where V.PROC_INST_ID_ = T.PROC_INST_ID_"
                    + " and V.EXECUTION_ID_ = T.PROC_INST_ID_ and V.NAME_ = :name and V.LONG_ in (:partnerships))";
            parameters.addValue("name", TaskList.PARTNERSHIP_ID).addValue("partnerships", partnershipIds);
        }
        return jdbc.query("""
                select T.TASK_DEF_KEY_, min(T.NAME_),
                  sum(case when T.CREATE_TIME_ > :week then 1 else 0 end),
                  sum(case when T.CREATE_TIME_ <= :week and T.CREATE_TIME_ > :month then 1 else 0 end),
                  sum(case when T.CREATE_TIME_ <= :month then 1 else 0 end),
                  min(T.CREATE_TIME_)
                from ACT_RU_TASK T where """ + team + about + " group by T.TASK_DEF_KEY_", parameters,
                (rs, row) -> new KindCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant()));
    }
}
