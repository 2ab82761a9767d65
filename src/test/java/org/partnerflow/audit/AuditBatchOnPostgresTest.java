package org.partnerflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's audit events are written together just before it commits (AuditWriter), on PostgreSQL: every
 * field arrives as recorded, nothing is written when the transaction rolls back, and an inner transaction of its
 * own (REQUIRES_NEW) writes its events at its own commit, not with the outer one's.
 */
@PostgresDemoAppTest
class AuditBatchOnPostgresTest {

    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    @Test
    void eventsAreWrittenAtCommitWithEveryFieldAsRecorded() {
        String subject = UUID.randomUUID().toString();
        int[] seenInside = new int[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record(AuditEntry.of(AuditSubject.TRANCHE, subject, "TEST_ONE", "First of two").by("tester")
                    .award(7L, 8L).money("amount", new BigDecimal("10"), new BigDecimal("12.5")));
            audit.record(AuditEntry.of(AuditSubject.TRANCHE, subject, "TEST_TWO", "Second of two").by("tester")
                    .change("status", "DUE", "RELEASED"));
            seenInside[0] = count(subject);
        });

        assertThat(seenInside[0]).as("pending until the commit").isZero();
        assertThat(count(subject)).isEqualTo(2);
        Map<String, Object> first = jdbc.queryForMap("select * from audit_event where subject_id = ? and action = 'TEST_ONE'",
                subject);
        assertThat(first).containsEntry("actor", "tester").containsEntry("subject_type", "TRANCHE")
                .containsEntry("summary", "First of two").containsEntry("award_id", 7L)
                .containsEntry("partnership_id", 8L).containsEntry("money_field", "amount")
                .containsEntry("amount_before", new BigDecimal("10.00"))
                .containsEntry("amount_after", new BigDecimal("12.50"));
        java.time.Instant at = jdbc.queryForObject("select occurred_at from audit_event where subject_id = ? and "
                + "action = 'TEST_ONE'", java.time.OffsetDateTime.class, subject).toInstant();
        assertThat(at).isCloseTo(clock.instant(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(jdbc.queryForObject("select details from audit_event where subject_id = ? and action = 'TEST_TWO'",
                String.class, subject)).contains("\"status\"").contains("RELEASED");
        // the trail reads them back in the order recorded (newest first)
        assertThat(jdbc.queryForList("select action from audit_event where subject_id = ? order by id", String.class,
                subject)).containsExactly("TEST_ONE", "TEST_TWO");
    }

    @Test
    void aRolledBackTransactionWritesNothingAndAnInnerOneWritesItsOwn() {
        String outer = UUID.randomUUID().toString();
        String inner = UUID.randomUUID().toString();
        TransactionTemplate requiresNew = new TransactionTemplate(transactions);
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record(AuditEntry.of(AuditSubject.AWARD, outer, "TEST_OUTER", "Outer, rolled back").by("tester"));
            requiresNew.executeWithoutResult(s -> audit.record(
                    AuditEntry.of(AuditSubject.AWARD, inner, "TEST_INNER", "Inner, committed").by("tester")));
            assertThat(count(inner)).as("written at the inner commit").isEqualTo(1);
            throw new IllegalStateException("roll the outer transaction back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count(outer)).isZero();
        assertThat(count(inner)).isEqualTo(1);
    }

    private int count(String subject) {
        return jdbc.queryForObject("select count(*) from audit_event where subject_id = ?", Integer.class, subject);
    }
}
