package org.partnerflow.infrastructure.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A page of the open tasks someone may work on, read from Camunda's runtime task table in plain SQL (issue 9).
 * Camunda's task query for assigned to me or offered to one of my groups joins every candidate entry and takes
 * DISTINCT over the result, and the list's order (dated tasks first) needed it counted first; here visibility is a
 * semi-join through the candidate group's index, each half of the order reads in its own index order, and nothing
 * is counted to show a page. The columns are Camunda's, stable across 7.x (as {@link CandidateGroups} and
 * {@link OpenTaskKinds} read them); CamundaSchemaContractTest checks them on an upgrade.
 */
@Component
public class OpenTasks {

    /** An open task's own columns, as the task list needs them. */
    public record Row(String id, String name, String taskDefinitionKey, String processDefinitionId,
            String processInstanceId, String assignee, Instant created, Instant due) {
    }

    /**
     * Whose tasks and which: assigned to one of the assignees (a user, or a team's members) or offered to one of the
     * groups (claimed by anyone or not); of one kind, about one partnership (the process's partnershipId variable),
     * or due before a moment, where given. {@code narrowGroups} says the groups are each offered few tasks (a
     * partnership's own), rather than a large share of all open tasks (a staff team's); it chooses how the tasks are
     * found, not which.
     */
    public record Criteria(Collection<String> assignees, Collection<String> groups, boolean narrowGroups,
            String taskDefinitionKey, Long partnershipId, String partnershipVariable, Instant dueBefore,
            List<Exclusion> exclusions) {

        public Criteria(Collection<String> assignees, Collection<String> groups, boolean narrowGroups,
                String taskDefinitionKey, Long partnershipId, String partnershipVariable, Instant dueBefore) {
            this(assignees, groups, narrowGroups, taskDefinitionKey, partnershipId, partnershipVariable, dueBefore,
                    List.of());
        }

        public Criteria {
            exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        }
    }

    /**
     * Tasks a user may not be given (separation of duties): a task of one of the keys is left out when its process's
     * variable (a long) names a subject that the relation, a table or view of (username, subject_id) rows, lists for
     * the user. The relation's name is the caller's constant, never input.
     */
    public record Exclusion(String username, Collection<String> taskKeys, String variable, String relation) {

        public Exclusion {
            if (relation == null || !relation.matches("[a-z_]{1,60}")) {
                throw new IllegalArgumentException("not a relation name: " + relation);
            }
        }
    }

    private static final String COLUMNS = "select T.ID_, T.NAME_, T.TASK_DEF_KEY_, T.PROC_DEF_ID_, T.PROC_INST_ID_,"
            + " T.ASSIGNEE_, T.CREATE_TIME_, T.DUE_DATE_ from ACT_RU_TASK T where ";

    private final NamedParameterJdbcTemplate jdbc;

    OpenTasks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page: tasks with a due date first (soonest, then oldest), then the rest by age. Two statements at most, and
     * a count only when the page starts after every dated task.
     */
    public List<Row> page(Criteria criteria, int offset, int size) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(criteria, parameters);
        List<Row> rows = new ArrayList<>(list(where + " and T.DUE_DATE_ is not null"
                + " order by T.DUE_DATE_, T.CREATE_TIME_, T.ID_", parameters, offset, size));
        int missing = size - rows.size();
        if (missing == 0 || criteria.dueBefore() != null) {
            return rows;
        }
        long dated = !rows.isEmpty() || offset == 0 ? offset + rows.size()
                : count(where + " and T.DUE_DATE_ is not null", parameters);
        rows.addAll(list(where + " and T.DUE_DATE_ is null order by T.CREATE_TIME_, T.ID_", parameters,
                (int) Math.max(0, offset - dated), missing));
        return rows;
    }

    /** Every task that meets the criteria, oldest first: for a team's overdue tasks, which are few. */
    public List<Row> all(Criteria criteria) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        return jdbc.query(COLUMNS + where(criteria, parameters) + " order by T.CREATE_TIME_, T.ID_", parameters,
                OpenTasks::row);
    }

    /** How many tasks {@link #page} would list over all pages. */
    public long count(Criteria criteria) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        return count(where(criteria, parameters), parameters);
    }

    private long count(String where, MapSqlParameterSource parameters) {
        return jdbc.queryForObject("select count(*) from ACT_RU_TASK T where " + where, parameters, Long.class);
    }

    private List<Row> list(String whereAndOrder, MapSqlParameterSource parameters, int offset, int size) {
        // LIMIT and OFFSET as literals (validated ints): both databases plan a literal limit as a top-N read.
        return jdbc.query(COLUMNS + whereAndOrder + " limit " + Math.max(0, size) + " offset " + Math.max(0, offset),
                parameters, OpenTasks::row);
    }

    private static String where(Criteria criteria, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder();
        boolean assignees = !criteria.assignees().isEmpty();
        if (assignees) {
            parameters.addValue("assignees", criteria.assignees());
        }
        String assigned = assignees ? "T.ASSIGNEE_ in (:assignees)" : "1 = 0";
        if (criteria.groups().isEmpty()) {
            where.append(assigned);
        } else if (criteria.narrowGroups()) {
            // A partnership's few tasks: found from the groups' entries (and the assignee index), then sorted. Read
            // in list order instead, a page would walk past every other partnership's tasks to fill itself.
            where.append("T.ID_ in (select I.TASK_ID_ from ACT_RU_IDENTITYLINK I where I.TYPE_ = 'candidate'")
                    .append(" and I.GROUP_ID_ in (:groups)");
            if (assignees) {
                where.append(" union all select A.ID_ from ACT_RU_TASK A where A.ASSIGNEE_ in (:assignees)");
            }
            where.append(")");
            parameters.addValue("groups", criteria.groups());
        } else {
            // A team's many tasks: read in list order and each checked, so a page stops once it is full.
            where.append("(").append(assigned).append(" or exists (select 1 from ACT_RU_IDENTITYLINK I")
                    .append(" where I.TASK_ID_ = T.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ in (:groups)))");
            parameters.addValue("groups", criteria.groups());
        }
        if (criteria.taskDefinitionKey() != null && !criteria.taskDefinitionKey().isBlank()) {
            where.append(" and T.TASK_DEF_KEY_ = :key");
            parameters.addValue("key", criteria.taskDefinitionKey());
        }
        if (criteria.partnershipId() != null) {
            where.append(" and exists (select 1 from ACT_RU_VARIABLE V where V.PROC_INST_ID_ = T.PROC_INST_ID_")
                    .append(" and V.EXECUTION_ID_ = T.PROC_INST_ID_ and V.NAME_ = :variable")
                    .append(" and V.LONG_ = :partnership)");
            parameters.addValue("variable", criteria.partnershipVariable())
                    .addValue("partnership", criteria.partnershipId());
        }
        for (int i = 0; i < criteria.exclusions().size(); i++) {
            Exclusion exclusion = criteria.exclusions().get(i);
            where.append(" and not (T.TASK_DEF_KEY_ in (:xk").append(i).append(") and exists (select 1 from")
                    .append(" ACT_RU_VARIABLE XV").append(i).append(" join ").append(exclusion.relation())
                    .append(" XR").append(i).append(" on XR").append(i).append(".subject_id = XV").append(i)
                    .append(".LONG_ where XV").append(i).append(".EXECUTION_ID_ = T.PROC_INST_ID_ and XV").append(i)
                    .append(".NAME_ = :xv").append(i).append(" and XR").append(i).append(".username = :xu").append(i)
                    .append("))");
            parameters.addValue("xk" + i, exclusion.taskKeys()).addValue("xv" + i, exclusion.variable())
                    .addValue("xu" + i, exclusion.username());
        }
        if (criteria.dueBefore() != null) {
            where.append(" and T.DUE_DATE_ < :dueBefore");
            parameters.addValue("dueBefore", Timestamp.from(criteria.dueBefore()));
        }
        return where.toString();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp due = rs.getTimestamp(8);
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), due == null ? null : due.toInstant());
    }
}
