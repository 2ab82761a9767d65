package org.partnerflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.EmbeddedPostgresInitializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V23 carries every follow-up of the three tables it replaces into follow_up with the same facts (subject, award,
 * partnership, note, who and when) and drops them, on H2 and on PostgreSQL: a database at V22 with one follow-up
 * of each kind is migrated and read back.
 */
class FollowUpMigrationTest {

    static final Instant MILESTONE_AT = Instant.parse("2027-03-02T10:15:00Z");
    static final Instant REVIEW_AT = Instant.parse("2027-03-01T09:00:00Z");
    static final Instant REPORT_AT = Instant.parse("2027-03-03T16:45:30Z");

    @Test
    void oldFollowUpsArriveInTheOneTableOnH2() {
        carriesOldRowsAcross(new DriverManagerDataSource("jdbc:h2:mem:follow-up-migration;DB_CLOSE_DELAY=-1", "sa", ""),
                "h2", "varbinary");
    }

    @Test
    void oldFollowUpsArriveInTheOneTableOnPostgres() throws SQLException {
        var server = EmbeddedPostgresInitializer.server();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database follow_up_migration");
        }
        carriesOldRowsAcross(new DriverManagerDataSource(server.getJdbcUrl("postgres", "follow_up_migration"),
                "postgres", "postgres"), "postgresql", "bytea");
    }

    private static void carriesOldRowsAcross(DataSource dataSource, String vendor, String binaryType) {
        flyway(dataSource, vendor, binaryType).target("22").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into organisation (id, name, type, org_id) values (901, 'Lead', 'VCSE', 'GB-CHC-901')");
        jdbc.update("insert into programme (id, code, title, funder_id, total_budget, award_cap, max_duration_months,"
                + " learning_review_cadence_months, created_at) values (901, 'MIG', 'Migration', 901, 1000000, 500000,"
                + " 36, 6, ?)", Timestamp.from(REVIEW_AT));
        jdbc.update("insert into partnership (id, programme_id, name, place, lead_organisation_id, created_at)"
                + " values (902, 901, 'Partnership', 'Leeds', 901, ?)", Timestamp.from(REVIEW_AT));
        jdbc.update("insert into award (id, reference, programme_id, partnership_id, status, created_by, created_at)"
                + " values (903, 'MIG-1', 901, 902, 'ACTIVE', 'manager', ?)", Timestamp.from(REVIEW_AT));
        jdbc.update("insert into milestone (id, award_id, sequence, title, due_date, status)"
                + " values (904, 903, 1, 'Launch', date '2027-02-28', 'OVERDUE')");
        jdbc.update("insert into learning_review (id, award_id, partnership_id, due_on, status)"
                + " values (905, 903, 902, date '2027-02-27', 'OVERDUE')");
        jdbc.update("insert into outcome_report (id, award_id, partnership_id, period_end, due_on, status)"
                + " values (906, 903, 902, date '2026-12-31', date '2027-01-31', 'OVERDUE')");
        jdbc.update("insert into overdue_follow_up (milestone_id, note, recorded_by, recorded_at) values (904,"
                + " 'Rang the lead partner', 'manager', ?)", Timestamp.from(MILESTONE_AT));
        jdbc.update("insert into learning_review_follow_up (review_id, note, recorded_by, recorded_at) values (905,"
                + " 'Agreed a new date', 'manager2', ?)", Timestamp.from(REVIEW_AT));
        jdbc.update("insert into outcome_follow_up (report_id, note, recorded_by, recorded_at) values (906,"
                + " 'Report by Friday', 'manager', ?)", Timestamp.from(REPORT_AT));

        flyway(dataSource, vendor, binaryType).load().migrate();

        List<Map<String, Object>> rows = jdbc.queryForList("select kind, subject_id, award_id, partnership_id, action,"
                + " note, recorded_by, recorded_at, due_on, ended_at from follow_up order by id");
        assertThat(rows).hasSize(3);
        assertRow(rows.get(0), "LEARNING_REVIEW", 905, "Agreed a new date", "manager2", REVIEW_AT);
        assertRow(rows.get(1), "MILESTONE", 904, "Rang the lead partner", "manager", MILESTONE_AT);
        assertRow(rows.get(2), "OUTCOME_REPORT", 906, "Report by Friday", "manager", REPORT_AT);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where lower(table_name) in"
                + " ('overdue_follow_up', 'learning_review_follow_up', 'outcome_follow_up')", Integer.class))
                .as("the old tables are gone").isZero();
    }

    private static void assertRow(Map<String, Object> row, String kind, long subjectId, String note, String by,
            Instant at) {
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
        assertThat(lower.get("kind")).isEqualTo(kind);
        assertThat(((Number) lower.get("subject_id")).longValue()).isEqualTo(subjectId);
        assertThat(((Number) lower.get("award_id")).longValue()).isEqualTo(903L);
        assertThat(((Number) lower.get("partnership_id")).longValue()).isEqualTo(902L);
        assertThat(lower.get("action")).isEqualTo("FOLLOWED_UP");
        assertThat(lower.get("note")).isEqualTo(note);
        assertThat(lower.get("recorded_by")).isEqualTo(by);
        assertThat(instant(lower.get("recorded_at"))).isEqualTo(at);
        assertThat(lower.get("due_on")).isNull();
        assertThat(lower.get("ended_at")).isNull();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new AssertionError("not a timestamp: " + value + " (" + value.getClass() + ")");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource,
            String vendor, String binaryType) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .placeholders(Map.of("binary_type", binaryType));
    }
}
