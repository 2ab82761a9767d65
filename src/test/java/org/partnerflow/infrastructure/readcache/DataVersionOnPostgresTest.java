package org.partnerflow.infrastructure.readcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL, the write watch advances its version when, and only when, a write is committed: not for reads,
 * not for a rolled-back write, not before the commit, and at once for an auto-committed write. It watches a
 * version of its own around the application's pool, so that the job executor's work does not blur the count.
 */
@PostgresDemoAppTest
class DataVersionOnPostgresTest {

    @Autowired DataSource application;
    @Autowired DataVersion applicationVersion;

    private final DataVersion version = new DataVersion();
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;

    @BeforeEach
    void watchOwnVersion() {
        WriteWatch.Listener listener = new WriteWatch.Listener(version);
        DataSource watched = ProxyDataSourceBuilder.create(application).listener(listener).methodListener(listener)
                .build();
        jdbc = new JdbcTemplate(watched);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(watched));
    }

    @Test
    void aCommittedWriteAdvancesTheVersionOnceAtItsCommit() {
        String subject = UUID.randomUUID().toString();
        long[] inside = new long[1];
        transaction.executeWithoutResult(status -> {
            insertAuditEvent(subject);
            insertAuditEvent(subject);
            inside[0] = version.current();
        });
        assertThat(inside[0]).as("not before the commit").isZero();
        assertThat(version.current()).isEqualTo(1);
    }

    @Test
    void readsAndRolledBackWritesLeaveItAlone() {
        transaction.executeWithoutResult(status -> jdbc.queryForObject("select count(*) from award", Long.class));
        TransactionTemplate readOnly = new TransactionTemplate(transaction.getTransactionManager());
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> jdbc.queryForList("select id from milestone"));
        transaction.executeWithoutResult(status -> jdbc.queryForList("select id from milestone for update"));
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            insertAuditEvent(subject);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_id = ?", Long.class, subject))
                .isZero();
        assertThat(version.current()).isZero();
    }

    @Test
    void anAutoCommittedWriteAdvancesItAtOnce() {
        insertAuditEvent(UUID.randomUUID().toString());
        assertThat(version.current()).isEqualTo(1);
    }

    @Test
    void aNewInnerTransactionCommitsItsOwnWriteAndTheOuterOneStillCounts() {
        TransactionTemplate inner = new TransactionTemplate(transaction.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        long[] afterInner = new long[1];
        transaction.executeWithoutResult(status -> {
            insertAuditEvent(UUID.randomUUID().toString());
            inner.executeWithoutResult(s -> insertAuditEvent(UUID.randomUUID().toString()));
            afterInner[0] = version.current();
        });
        assertThat(afterInner[0]).as("the inner transaction's commit").isEqualTo(1);
        assertThat(version.current()).as("and the outer one's").isEqualTo(2);
    }

    @Test
    void theApplicationsPoolIsWatched() {
        long before = applicationVersion.current();
        new JdbcTemplate(application).update("insert into audit_event (subject_type, subject_id, action, summary, "
                + "actor, occurred_at) values ('TRANCHE', ?, 'TEST', 'Watched', 'tester', now())",
                UUID.randomUUID().toString());
        assertThat(applicationVersion.current()).isGreaterThan(before);
    }

    private void insertAuditEvent(String subject) {
        jdbc.update("insert into audit_event (subject_type, subject_id, action, summary, actor, occurred_at) "
                + "values ('TRANCHE', ?, 'TEST', 'Watched', 'tester', now())", subject);
    }
}
