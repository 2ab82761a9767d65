package org.partnerflow.infrastructure.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The kinds of task a user has, in one grouped query. Camunda's task query cannot select distinct keys, and listing every
 * task just to collect their keys would cost as much as the whole list; the tables are stable across 7.x.
 */
@Component
public class OpenTaskKinds {

    /** A kind of open task: its BPMN element id and a name one of its tasks has. */
    public record Kind(String taskDefinitionKey, String name) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    OpenTaskKinds(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The same tasks as the task list's query: assigned to the user, or offered to one of their groups. */
    public List<Kind> of(String username, Collection<String> groups) {
        Map<String, Object> params = new HashMap<>();
        params.put("user", username);
        String offered = "";
        if (!groups.isEmpty()) {
            params.put("groups", groups);
            offered = " or exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = T.ID_"
                    + " and I.TYPE_ = 'candidate' and I.GROUP_ID_ in (:groups))";
        }
        return jdbc.query("select T.TASK_DEF_KEY_, min(T.NAME_) from ACT_RU_TASK T where T.ASSIGNEE_ = :user"
                        + offered + " group by T.TASK_DEF_KEY_ order by 2",
                params, (rs, row) -> new Kind(rs.getString(1), rs.getString(2)));
    }
}
