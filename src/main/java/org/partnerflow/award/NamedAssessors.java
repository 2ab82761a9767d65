package org.partnerflow.award;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The assessors a programme manager named for an award, in the order named (table named_assessor). */
@Component
class NamedAssessors {

    private final NamedParameterJdbcTemplate jdbc;

    NamedAssessors(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> of(long awardId) {
        return jdbc.queryForList("select username from named_assessor where award_id = :award order by position",
                Map.of("award", awardId), String.class);
    }

    void replace(long awardId, List<String> usernames, String by, Instant at) {
        jdbc.update("delete from named_assessor where award_id = :award", Map.of("award", awardId));
        for (int i = 0; i < usernames.size(); i++) {
            jdbc.update("insert into named_assessor (award_id, username, position, named_by, named_at)"
                    + " values (:award, :username, :position, :by, :at)", Map.of("award", awardId, "username",
                    usernames.get(i), "position", i, "by", by, "at", Timestamp.from(at)));
        }
    }
}
