package org.partnerflow.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The mail_outbox table, in plain SQL: one statement per step, so a claim is a single conditional update that
 * only one node can win, on H2 and PostgreSQL alike.
 */
@Repository
class MailOutbox {

    enum Status { QUEUED, SENT, LOGGED, FAILED }

    /** A message as the sender needs it. */
    record Message(long id, String recipient, String subject, String bodyText, String bodyHtml, String dedupKey,
            int attempts) {
    }

    private final JdbcTemplate jdbc;

    MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasKey(String dedupKey) {
        return dedupKey != null && jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ?",
                Integer.class, dedupKey) > 0;
    }

    void queue(String recipient, String subject, String text, String html, String template, String dedupKey,
            Instant now) {
        jdbc.update("insert into mail_outbox (created_at, recipient, subject, body_text, body_html, template, dedup_key,"
                + " status, attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?)",
                at(now), recipient, subject, text, html, template, dedupKey, at(now));
    }

    /** Ids of queued messages due now and not held by a node, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("select id from mail_outbox where status = 'QUEUED' and next_attempt_at <= ?"
                + " and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id"
                + " fetch first " + limit + " rows only", Long.class, at(now), at(now));
    }

    /** Takes a message for one node until the given time; true only for the node whose update changed the row. */
    boolean claim(long id, String node, Instant now, Instant until) {
        return jdbc.update("update mail_outbox set claimed_by = ?, claimed_until = ?, version = version + 1"
                + " where id = ? and status = 'QUEUED' and next_attempt_at <= ?"
                + " and (claimed_until is null or claimed_until < ?)", node, at(until), id, at(now), at(now)) == 1;
    }

    Optional<Message> get(long id) {
        return jdbc.query("select id, recipient, subject, body_text, body_html, dedup_key, attempts from mail_outbox"
                + " where id = ?", (rs, n) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)), id).stream().findFirst();
    }

    /** Marks a message SENT or LOGGED, if this node still holds it. */
    void done(long id, String node, Status status, Instant now) {
        jdbc.update("update mail_outbox set status = ?, sent_at = ?, attempts = attempts + 1, last_error = null,"
                + " claimed_by = null, claimed_until = null, version = version + 1 where id = ? and claimed_by = ?",
                status.name(), at(now), id, node);
    }

    /** Records a failed attempt: queued again for the given time, or FAILED when there is none (null). */
    void failed(long id, String node, String error, Instant retryAt) {
        if (retryAt == null) {
            jdbc.update("update mail_outbox set status = 'FAILED', attempts = attempts + 1, last_error = ?,"
                    + " claimed_by = null, claimed_until = null, version = version + 1 where id = ? and claimed_by = ?",
                    truncate(error), id, node);
        } else {
            jdbc.update("update mail_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                    + " claimed_by = null, claimed_until = null, version = version + 1 where id = ? and claimed_by = ?",
                    truncate(error), at(retryAt), id, node);
        }
    }

    /** Puts FAILED messages back in the queue with fresh attempts, to be sent at once; returns how many. */
    int requeueFailed(Instant now) {
        return jdbc.update("update mail_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = ?,"
                + " version = version + 1 where status = 'FAILED'", at(now));
    }

    /** Deletes messages sent or logged before the given time; returns how many. */
    int purgeDoneBefore(Instant before) {
        return jdbc.update("delete from mail_outbox where status in ('SENT', 'LOGGED') and sent_at < ?", at(before));
    }

    long count(Status status) {
        return jdbc.queryForObject("select count(*) from mail_outbox where status = ?", Long.class, status.name());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
