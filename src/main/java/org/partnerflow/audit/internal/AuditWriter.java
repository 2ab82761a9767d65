package org.partnerflow.audit.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a transaction's audit events together, in one JDBC batch just before it commits (issue 9): a task
 * completion records two or three, and as Hibernate identity inserts each cost its own round trip and entity
 * bookkeeping at the moment it was recorded. They still commit or roll back with the change they describe. With no
 * transaction synchronisation active (not expected: recording is MANDATORY-transactional) they are written at once.
 * A transaction suspended for an inner one keeps its own pending events: they belong to its synchronisation, which
 * Spring suspends with it.
 */
@Component
public class AuditWriter {

    private static final String INSERT = "insert into audit_event (occurred_at, actor, award_id, partnership_id, "
            + "subject_type, subject_id, action, summary, money_field, amount_before, amount_after, details) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    AuditWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the event to the current transaction's batch. */
    public void add(AuditEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(event));
            return;
        }
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Pending p && p.owner == this).map(Pending.class::cast).findFirst()
                .orElse(null);
        if (pending == null) {
            pending = new Pending(this);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.events.add(event);
    }

    private void write(List<AuditEvent> events) {
        jdbc.batchUpdate(INSERT, events.stream().map(e -> new Object[] {
                OffsetDateTime.ofInstant(e.getOccurredAt(), ZoneOffset.UTC), e.getActor(), e.getAwardId(),
                e.getPartnershipId(), e.getSubjectType(), e.getSubjectId(), e.getAction(), e.getSummary(),
                e.getMoneyField(), e.getAmountBefore(), e.getAmountAfter(), e.getDetails()}).toList());
    }

    /** The events recorded in one transaction, written before it commits. */
    private static final class Pending implements TransactionSynchronization {
        final AuditWriter owner;
        final List<AuditEvent> events = new ArrayList<>();

        Pending(AuditWriter owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!events.isEmpty()) {
                owner.write(events);
                events.clear();
            }
        }
    }
}
