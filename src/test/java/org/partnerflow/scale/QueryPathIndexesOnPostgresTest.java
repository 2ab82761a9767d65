package org.partnerflow.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every filtered query path of the lists and dashboards has an index PostgreSQL can use: with sequential scans
 * switched off, EXPLAIN (FORMAT JSON) of each path must show no Seq Scan on its table (PostgreSQL falls back to a
 * sequential scan, at a huge cost, only when no index fits).
 */
@PostgresDemoAppTest
class QueryPathIndexesOnPostgresTest {

    static final List<String> PATHS = List.of(
            "select * from award where status = 'ACTIVE'",
            "select * from award where programme_id = 1 and status = 'ACTIVE'",
            "select * from award where partnership_id in (1, 2)",
            "select * from award where process_instance_id = 'x'",
            "select * from milestone where award_id in (1, 2) order by award_id, sequence",
            "select * from milestone where status = 'OVERDUE' and due_date < current_date",
            "select * from payment_tranche where award_id in (1, 2)",
            "select * from payment_tranche where milestone_id = 1",
            "select * from disbursement where award_id in (1, 2)",
            "select * from learning_review where partnership_id in (1, 2) order by due_on",
            "select * from learning_review where award_id = 1",
            "select * from learning_review where status = 'OPEN' and due_on < current_date",
            "select * from learning_review_decision where review_id = 1",
            "select * from learning_review_follow_up where review_id = 1",
            "select * from partnership where programme_id = 1",
            "select * from partnership where lead_organisation_id = 1",
            "select * from programme where funder_id = 1",
            "select * from partnership_member where partnership_id in (1, 2)",
            "select * from partnership_member where organisation_id = 1",
            "select * from user_partnership where partnership_id = 1",
            "select * from evidence_submission where milestone_id in (1, 2)",
            "select * from evidence_review where milestone_id in (1, 2)",
            "select * from overdue_follow_up where milestone_id = 1",
            "select * from spend_return where award_id in (1, 2)",
            "select * from case_study where partnership_id in (1, 2)",
            "select * from case_study_version where case_study_id = 1 order by version desc",
            "select * from case_study_update where case_study_id = 1",
            "select * from audit_event where award_id = 1 order by occurred_at",
            "select * from audit_event where partnership_id = 1 order by occurred_at");

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void everyFilteredPathUsesAnIndex() {
        ObjectMapper json = new ObjectMapper();
        List<String> seqScans = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            jdbc.execute("set local enable_seqscan = off");
            for (String sql : PATHS) {
                String plan = jdbc.queryForObject("explain (format json) " + sql, String.class);
                try {
                    collectSeqScans(json.readTree(plan), sql, seqScans);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        assertThat(seqScans).as("paths PostgreSQL can only read by a sequential scan").isEmpty();
    }

    private static void collectSeqScans(JsonNode node, String sql, List<String> found) {
        if (node.isObject() && "Seq Scan".equals(node.path("Node Type").asText())) {
            found.add(node.path("Relation Name").asText() + " in: " + sql);
        }
        node.forEach(child -> collectSeqScans(child, sql, found));
    }
}
