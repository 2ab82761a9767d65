package org.partnerflow.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One stored audit event: written once, never updated (no setters, and Hibernate treats it as immutable). */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String actor;
    @Column(name = "award_id")
    private Long awardId;
    @Column(name = "partnership_id")
    private Long partnershipId;
    @Column(name = "subject_type", nullable = false)
    private String subjectType;
    @Column(name = "subject_id", nullable = false)
    private String subjectId;
    @Column(nullable = false)
    private String action;
    @Column(nullable = false)
    private String summary;
    @Column(name = "money_field")
    private String moneyField;
    @Column(name = "amount_before")
    private BigDecimal amountBefore;
    @Column(name = "amount_after")
    private BigDecimal amountAfter;
    private String details;

    protected AuditEvent() {
    }

    @SuppressWarnings("java:S107")
    public AuditEvent(Instant occurredAt, String actor, Long awardId, Long partnershipId, String subjectType,
            String subjectId, String action, String summary, String moneyField, BigDecimal amountBefore,
            BigDecimal amountAfter, String details) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, 100);
        this.awardId = awardId;
        this.partnershipId = partnershipId;
        this.subjectType = subjectType;
        this.subjectId = cut(subjectId, 100);
        this.action = action;
        this.summary = cut(summary, 500);
        this.moneyField = moneyField;
        this.amountBefore = amountBefore == null ? null : amountBefore.setScale(2, java.math.RoundingMode.HALF_UP);
        this.amountAfter = amountAfter == null ? null : amountAfter.setScale(2, java.math.RoundingMode.HALF_UP);
        this.details = details;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public Long getAwardId() { return awardId; }
    public Long getPartnershipId() { return partnershipId; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectId() { return subjectId; }
    public String getAction() { return action; }
    public String getSummary() { return summary; }
    public String getMoneyField() { return moneyField; }
    public BigDecimal getAmountBefore() { return amountBefore; }
    public BigDecimal getAmountAfter() { return amountAfter; }
    public String getDetails() { return details; }
}
