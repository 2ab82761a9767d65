package org.partnerflow.tasks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completed user tasks from Camunda history, summed up for turnaround figures. */
@Service
public class TaskHistory {

    private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(86_400_000L);

    private final NamedParameterJdbcTemplate jdbc;

    TaskHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many tasks were completed and their median time from creation to completion, in days to one decimal. */
    public record Turnaround(int completed, BigDecimal medianDays) {
    }

    /**
     * The turnaround of the completed tasks of one kind about some partnerships (null: about any partnership),
     * completed since a moment (null: ever). Counted and the median taken in SQL, in one statement over Camunda's
     * task history and the process's partnershipId variable, so the dashboard reads no history rows however long
     * the history grows. Tasks ended without completion (a process cancelled) are left out.
     */
    @Transactional(readOnly = true)
    public Turnaround turnaround(String taskDefinitionKey, Collection<Long> partnershipIds, Instant since) {
        if (partnershipIds != null && partnershipIds.isEmpty()) {
            return new Turnaround(0, null);
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("key", taskDefinitionKey)
                .addValue("name", TaskList.PARTNERSHIP_ID)
                .addValue("since", since == null ? null : Timestamp.from(since), Types.TIMESTAMP);
        String sql = """
                select count(*), percentile_cont(0.5) within group (order by t.DURATION_)
                from ACT_HI_TASKINST t
                join ACT_HI_VARINST v on v.PROC_INST_ID_ = t.PROC_INST_ID_ and v.EXECUTION_ID_ = t.PROC_INST_ID_
                  and v.NAME_ = :name
                where t.TASK_DEF_KEY_ = :key and t.END_TIME_ is not null
                  and (t.DELETE_REASON_ is null or t.DELETE_REASON_ = 'completed')
                  and (cast(:since as timestamp) is null or t.END_TIME_ >= :since)
                  and v.LONG_ is not null""";
        if (partnershipIds != null) {
            sql += " and v.LONG_ in (:partnerships)";
            parameters.addValue("partnerships", partnershipIds);
        }
        return jdbc.queryForObject(sql, parameters, (row, n) -> {
            int completed = row.getInt(1);
            Number median = (Number) row.getObject(2);
            return new Turnaround(completed, completed == 0 || median == null ? null
                    : new BigDecimal(median.toString()).divide(MILLIS_PER_DAY, 1, RoundingMode.HALF_UP));
        });
    }

}
