package org.partnerflow.infrastructure.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The business key, partnership and award of many process instances in one statement (per thousand instances).
 * Camunda's query API took two (a process instance query and a variable query), and their dynamic SQL costs more
 * CPU to build than the task list's own work (issue 9 profile). The partnership and award are the instance's own
 * variables (scoped to the process instance, not to a child execution), stored as Camunda's long or integer, both
 * in LONG_. Camunda's runtime tables are stable across 7.x; CamundaSchemaContractTest checks the columns.
 */
@Component
public class InstanceFacts {

    /** What the task list adds to a task from its process instance. */
    public record Facts(String businessKey, Long partnershipId, Long awardId) {
    }

    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    InstanceFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Facts> of(Collection<String> processInstanceIds, String partnershipVariable,
            String awardVariable) {
        Map<String, String> keys = new HashMap<>();
        Map<String, Long> partnerships = new HashMap<>();
        Map<String, Long> awards = new HashMap<>();
        List<String> ids = List.copyOf(processInstanceIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.query("select e.ID_, e.BUSINESS_KEY_, v.NAME_, v.LONG_ from ACT_RU_EXECUTION e "
                            + "left join ACT_RU_VARIABLE v on v.EXECUTION_ID_ = e.ID_ and v.NAME_ in (:names) "
                            + "where e.ID_ in (:ids)",
                    Map.of("names", List.of(partnershipVariable, awardVariable), "ids",
                            ids.subList(from, Math.min(ids.size(), from + CHUNK))),
                    rs -> {
                        String id = rs.getString(1);
                        keys.put(id, rs.getString(2));
                        String name = rs.getString(3);
                        Long value = rs.getObject(4) == null ? null : rs.getLong(4);
                        if (partnershipVariable.equals(name)) {
                            partnerships.put(id, value);
                        } else if (awardVariable.equals(name)) {
                            awards.put(id, value);
                        }
                    });
        }
        Map<String, Facts> facts = new HashMap<>();
        keys.forEach((id, key) -> facts.put(id, new Facts(key, partnerships.get(id), awards.get(id))));
        return facts;
    }
}
