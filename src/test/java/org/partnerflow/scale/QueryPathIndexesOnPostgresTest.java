package org.partnerflow.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every filtered query path of the lists and dashboards has an index PostgreSQL can use: with sequential scans
 * switched off, EXPLAIN (FORMAT JSON) of each path must show no Seq Scan on its table (PostgreSQL falls back to a
 * sequential scan, at a huge cost, only when no index fits), and the plan must read through the index meant for
 * that path (a multi-column index led by another column would also avoid the Seq Scan, by scanning the whole index).
 */
@PostgresDemoAppTest
class QueryPathIndexesOnPostgresTest {

    /** Each filtered path and the index meant for it. */
    static final Map<String, String> PATHS = new LinkedHashMap<>();

    static {
        PATHS.put("select * from award where status = 'ACTIVE'", "ix_award_status_end");
        // a calendar feed: the token's hash, then the outcome reports of the user's partnerships (issue 28)
        PATHS.put("select * from calendar_feed where token_hash = 'x'", "uq_calendar_feed_token_hash");
        PATHS.put("select * from outcome_report where partnership_id in (1, 2) and status <> 'APPROVED' order by due_on",
                "ix_outcome_report_partnership");
        PATHS.put("select * from award where programme_id = 1", "ix_award_programme");
        PATHS.put("select * from award where partnership_id in (1, 2)", "ix_award_partnership");
        PATHS.put("select * from award where process_instance_id = 'x'", "ix_award_process_instance");
        PATHS.put("select * from milestone where award_id in (1, 2) order by award_id, sequence", "uk_milestone_sequence");
        PATHS.put("select * from milestone where status = 'OVERDUE' and due_date < current_date", "ix_milestone_status_due");
        PATHS.put("select count(*) from milestone where status = 'OVERDUE' or (status in ('PLANNED', 'CHANGES_REQUESTED')"
                + " and due_date < current_date)", "ix_milestone_status_due");
        PATHS.put("select * from payment_tranche where award_id in (1, 2)", "uk_tranche_sequence");
        PATHS.put("select * from payment_tranche where milestone_id = 1", "ix_tranche_milestone");
        PATHS.put("select sum(amount) from payment_tranche where programme_id = 1 and status = 'RELEASED'",
                "ix_tranche_programme");
        PATHS.put("select u.username from app_user u join user_role r on r.user_id = u.id "
                + "where r.role = 'PROGRAMME_MANAGER'", "ix_user_role_role");
        PATHS.put("select * from disbursement where award_id in (1, 2)", "ix_disbursement_award");
        PATHS.put("select * from learning_review where partnership_id in (1, 2) order by due_on", "ix_learning_review_partnership");
        PATHS.put("select * from learning_review where award_id = 1", "uk_learning_review_due");
        PATHS.put("select * from learning_review where status = 'OPEN' and due_on < current_date", "ix_learning_review_status_due");
        PATHS.put("select * from learning_review_decision where review_id = 1", "ix_learning_review_decision");
        PATHS.put("select * from follow_up where kind = 'LEARNING_REVIEW' and subject_id = 1 order by recorded_at",
                "ix_follow_up_subject");
        PATHS.put("select * from partnership where programme_id = 1", "ix_partnership_programme_place");
        PATHS.put("select id, name from partnership where programme_id = 1 order by place, id limit 25 offset 50",
                "ix_partnership_programme_place");
        PATHS.put("select * from award where status = 'ACTIVE' and end_date between current_date and current_date + 90",
                "ix_award_status_end");
        PATHS.put("select * from partnership where lead_organisation_id = 1", "ix_partnership_lead_organisation");
        PATHS.put("select * from programme where funder_id = 1", "ix_programme_funder");
        PATHS.put("select * from partnership_member where partnership_id in (1, 2)", "uk_partnership_member");
        PATHS.put("select * from partnership_member where organisation_id = 1", "ix_partnership_member_organisation");
        PATHS.put("select * from user_partnership where partnership_id = 1", "ix_user_partnership_partnership");
        PATHS.put("select * from evidence_submission where milestone_id in (1, 2)", "uk_evidence_round");
        PATHS.put("select * from evidence_review where milestone_id in (1, 2)", "ix_review_milestone");
        PATHS.put("select * from follow_up where kind = 'MILESTONE' and subject_id = 1 order by recorded_at",
                "ix_follow_up_subject");
        PATHS.put("select * from spend_return where award_id in (1, 2)", "uk_spend_return_year");
        PATHS.put("select * from case_study where partnership_id in (1, 2)", "uk_case_study_partnership");
        PATHS.put("select * from case_study_version where case_study_id = 1 order by version desc", "uk_case_study_version");
        PATHS.put("select * from case_study_update where case_study_id = 1", "ix_case_study_update_case_study");
        PATHS.put("select * from audit_event where award_id = 1 order by occurred_at", "ix_audit_award");
        PATHS.put("select * from audit_event where partnership_id = 1 order by occurred_at", "ix_audit_partnership");
        PATHS.put("select task_def_key, count(*) from open_group_task where group_id = 'programme-managers'"
                + " group by task_def_key", "ix_open_group_task_group");
        PATHS.put("select * from open_group_task where task_id = 'x'", "pk_open_group_task");
        // Camunda's tables, indexed by infrastructure.engine.EngineIndexes once the engine has made its schema
        PATHS.put("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = 'reviewMilestoneEvidence' "
                + "and END_TIME_ >= current_date - 90", "pf_ix_hi_task_key_end_duration");
        // In task order, which only this index holds: without the order the planner may take Camunda's GROUP_ID_
        // index at the same cost on the test's small tables (seen once in CI).
        PATHS.put("select TASK_ID_ from ACT_RU_IDENTITYLINK where GROUP_ID_ = 'programme-managers' "
                + "and TYPE_ = 'candidate' order by TASK_ID_", "pf_ix_ru_link_group_task");
        PATHS.put("select * from ACT_RU_TASK where DUE_DATE_ < current_timestamp", "pf_ix_ru_task_due");
        // Camunda's own index: the team's tasks assigned to a member (TeamWorkload)
        PATHS.put("select * from ACT_RU_TASK where ASSIGNEE_ in ('manager', 'manager2')", "act_idx_task_assignee");
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void everyFilteredPathUsesAnIndex() {
        ObjectMapper json = new ObjectMapper();
        List<String> seqScans = new ArrayList<>();
        List<String> wrongIndex = new ArrayList<>();
        // Statistics first, so the planner sees the tables as the earlier tests in this context left them.
        jdbc.execute("analyze");
        tx.executeWithoutResult(status -> {
            jdbc.execute("set local enable_seqscan = off");
            for (Map.Entry<String, String> path : PATHS.entrySet()) {
                String sql = path.getKey();
                String plan = jdbc.queryForObject("explain (format json) " + sql, String.class);
                try {
                    JsonNode tree = json.readTree(plan);
                    collectSeqScans(tree, sql, seqScans);
                    if (!tree.findValuesAsText("Index Name").contains(path.getValue())) {
                        wrongIndex.add(sql + " uses " + tree.findValuesAsText("Index Name") + ", not "
                                + path.getValue());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        assertThat(seqScans).as("paths PostgreSQL can only read by a sequential scan").isEmpty();
        assertThat(wrongIndex).as("paths not read through the index meant for them").isEmpty();
    }

    private static void collectSeqScans(JsonNode node, String sql, List<String> found) {
        if (node.isObject() && "Seq Scan".equals(node.path("Node Type").asText())) {
            found.add(node.path("Relation Name").asText() + " in: " + sql);
        }
        node.forEach(child -> collectSeqScans(child, sql, found));
    }
}
