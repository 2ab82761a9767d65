package org.partnerflow.infrastructure.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The candidate groups of many tasks in one query. Camunda's API answers one task at a time
 * (getIdentityLinksForTask), which would make every task list N+1; its identity-link table is stable across 7.x.
 */
@Component
public class CandidateGroups {

    private final NamedParameterJdbcTemplate jdbc;

    CandidateGroups(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, List<String>> of(Collection<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        if (taskIds.isEmpty()) {
            return groups;
        }
        jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' "
                        + "and GROUP_ID_ is not null and TASK_ID_ in (:ids) order by GROUP_ID_",
                Map.of("ids", taskIds),
                rs -> {
                    groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return groups;
    }
}
