package org.partnerflow.infrastructure.engine;

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

    /** The turnaround over all time and over a recent window, read together. */
    public record Turnarounds(Turnaround allTime, Turnaround recent) {
    }

    /**
     * The turnaround of the completed tasks of one kind about some partnerships (null: any task of the kind),
     * completed since a moment (null: ever). See {@link #turnarounds}.
     */
    @Transactional(readOnly = true)
    public Turnaround turnaround(String taskDefinitionKey, Collection<Long> partnershipIds, Instant since) {
        Turnarounds both = turnarounds(taskDefinitionKey, partnershipIds, since);
        return since == null ? both.allTime() : both.recent();
    }

    /**
     * The turnaround of the completed tasks of one kind about some partnerships (null: any task of the kind), over
     * all time and over those completed since a moment (null: ever, the same figures twice). Counted and the medians
     * taken in SQL, in one statement over Camunda's task history (through its kind and end time), so the dashboard
     * reads no history rows however long the history grows. Narrowed to partnerships, the process's partnershipId
     * variable says which. Tasks ended without completion (a process cancelled) are left out.
     */
    @Transactional(readOnly = true)
    public Turnarounds turnarounds(String taskDefinitionKey, Collection<Long> partnershipIds, Instant since) {
        if (partnershipIds != null && partnershipIds.isEmpty()) {
            return new Turnarounds(new Turnaround(0, null), new Turnaround(0, null));
        }
        // Before any history a timestamp of 0 counts everything: the recent window is then all time.
        MapSqlParameterSource parameters = new MapSqlParameterSource("key", taskDefinitionKey)
                .addValue("since", Timestamp.from(since == null ? Instant.EPOCH : since), Types.TIMESTAMP);
        String sql = """
                select count(*), percentile_cont(0.5) within group (order by t.DURATION_),
                  sum(case when t.END_TIME_ >= :since then 1 else 0 end),
                  percentile_cont(0.5) within group (order by case when t.END_TIME_ >= :since then t.DURATION_ end)
                from ACT_HI_TASKINST t
                where t.TASK_DEF_KEY_ = :key and t.END_TIME_ is not null
                  and (t.DELETE_REASON_ is null or t.DELETE_REASON_ = 'completed')""";
        if (partnershipIds != null) {
            sql += """
                      and exists (select 1 from ACT_HI_VARINST v where v.PROC_INST_ID_ = t.PROC_INST_ID_
                        and v.EXECUTION_ID_ = t.PROC_INST_ID_ and v.NAME_ = :name and v.LONG_ in (:partnerships))""";
            parameters.addValue("name", ProcessVariables.PARTNERSHIP_ID).addValue("partnerships", partnershipIds);
        }
        return jdbc.queryForObject(sql, parameters, (row, n) -> new Turnarounds(
                turnaround(row.getInt(1), (Number) row.getObject(2)),
                turnaround(row.getInt(3), (Number) row.getObject(4))));
    }

    private static Turnaround turnaround(int completed, Number median) {
        return new Turnaround(completed, completed == 0 || median == null ? null
                : new BigDecimal(median.toString()).divide(MILLIS_PER_DAY, 1, RoundingMode.HALF_UP));
    }

}
