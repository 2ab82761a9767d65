package org.partnerflow.tasks.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The task_draft table (V27): one saved draft per open task, its JSON text, when and by whom it was saved. */
@Component
public class DraftRows {

    /**
     * The task-local variable that says a task has a draft row. Completing or deleting a task reads its local
     * variables anyway, so the listener that removes the row (DraftsEndWithTheirTask) costs a task without a draft
     * no statement.
     */
    public static final String MARKER = "partnerflowDraftSaved";

    private final JdbcTemplate jdbc;

    DraftRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored draft: the JSON text as saved, when and by whom. */
    public record Row(String json, Instant savedAt, String savedBy) {
    }

    public Optional<Row> find(String taskId) {
        List<Row> rows = jdbc.query("select body, saved_at, saved_by from task_draft where task_id = ?",
                (rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)), taskId);
        return rows.stream().findFirst();
    }

    /** Replaces the task's draft; true when the task had none (a new row). The caller holds the task's row lock. */
    public boolean save(String taskId, String json, Instant savedAt, String savedBy) {
        Timestamp at = Timestamp.from(savedAt);
        int updated = jdbc.update("update task_draft set body = ?, saved_at = ?, saved_by = ? where task_id = ?",
                json, at, savedBy, taskId);
        if (updated > 0) {
            return false;
        }
        jdbc.update("insert into task_draft (task_id, body, saved_at, saved_by) values (?, ?, ?, ?)",
                taskId, json, at, savedBy);
        return true;
    }

    void delete(String taskId) {
        jdbc.update("delete from task_draft where task_id = ?", taskId);
    }

    /** Removes the drafts of tasks that are no longer open (ended by a path no listener saw); how many. */
    int removeOrphans(String enginePrefix) {
        return jdbc.update("delete from task_draft where not exists (select 1 from " + enginePrefix
                + "ACT_RU_TASK T where T.ID_ = task_draft.task_id)");
    }
}
