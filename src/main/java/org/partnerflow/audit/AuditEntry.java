package org.partnerflow.audit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One state change to record: what it is about, the action, a short summary, and the values it changed. Built
 * by the module that makes the change and handed to {@link AuditTrail#record}.
 */
public final class AuditEntry {

    private final AuditSubject subject;
    private final String subjectId;
    private final String action;
    private final String summary;
    private Long awardId;
    private Long partnershipId;
    private String actor;
    private String moneyField;
    private BigDecimal amountBefore;
    private BigDecimal amountAfter;
    private final Map<String, Change> changes = new LinkedHashMap<>();

    private AuditEntry(AuditSubject subject, String subjectId, String action, String summary) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        if (action == null || !action.matches("[A-Z][A-Z_]{1,59}")) {
            throw new IllegalArgumentException("an action is an upper-case name, not " + action);
        }
        this.action = action;
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    /** A change to one subject; {@code subjectId} is its id (a number, a task id or a username). */
    public static AuditEntry of(AuditSubject subject, Object subjectId, String action, String summary) {
        return new AuditEntry(subject, String.valueOf(Objects.requireNonNull(subjectId, "subjectId")), action, summary);
    }

    /** The award (and its partnership) the change belongs to, so it shows in the award's trail. */
    public AuditEntry award(Long awardId, Long partnershipId) {
        this.awardId = awardId;
        this.partnershipId = partnershipId;
        return this;
    }

    public AuditEntry partnership(Long partnershipId) {
        this.partnershipId = partnershipId;
        return this;
    }

    /** Who made the change, when the caller knows; otherwise the signed-in user, or system for timers and jobs. */
    public AuditEntry by(String actor) {
        this.actor = actor;
        return this;
    }

    /** The one money field the change moved, with its amount before (null when it had none) and after. */
    public AuditEntry money(String field, BigDecimal before, BigDecimal after) {
        this.moneyField = Objects.requireNonNull(field, "field");
        this.amountBefore = before;
        this.amountAfter = after;
        return this;
    }

    /** Another field the change moved (a status, a date), kept as text before and after. */
    public AuditEntry change(String field, Object before, Object after) {
        changes.put(field, new Change(before == null ? null : before.toString(), after == null ? null : after.toString()));
        return this;
    }

    public AuditSubject subject() { return subject; }
    public String subjectId() { return subjectId; }
    public String action() { return action; }
    public String summary() { return summary; }
    public Long awardId() { return awardId; }
    public Long partnershipId() { return partnershipId; }
    public String actor() { return actor; }
    public String moneyField() { return moneyField; }
    public BigDecimal amountBefore() { return amountBefore; }
    public BigDecimal amountAfter() { return amountAfter; }
    public Map<String, Change> changes() { return Collections.unmodifiableMap(changes); }

    /** A field's value before and after the change, as text. */
    public record Change(String before, String after) {
    }
}
