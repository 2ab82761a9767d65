package org.partnerflow.scale;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Open tasks of the generated data, for the benchmark and the query budget. */
public final class ScaleTasks {

    private ScaleTasks() {
    }

    /** Every open submitMilestoneEvidence task of a generated partnership with its partner's username, by task id. */
    public static List<String[]> evidenceSubmissions(JdbcTemplate jdbc) {
        return jdbc.query("""
                select t.ID_, u.username from ACT_RU_TASK t
                join ACT_RU_VARIABLE v on v.PROC_INST_ID_ = t.PROC_INST_ID_ and v.NAME_ = 'partnershipId'
                join user_partnership up on up.partnership_id = v.LONG_
                join app_user u on u.id = up.user_id
                where t.TASK_DEF_KEY_ = 'submitMilestoneEvidence' and u.username like 'scale.p%'
                order by t.ID_""", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
    }
}
