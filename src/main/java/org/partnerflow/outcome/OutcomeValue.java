package org.partnerflow.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One indicator's value in a period's report. PENDING until a programme manager decides; RETURNED goes back to the
 * partnership; APPROVED is final and is the only status that counts towards the indicator's actual.
 */
@Entity
@Table(name = "outcome_value")
class OutcomeValue {

    /** Where a reported value stands. */
    enum Status { PENDING, APPROVED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private long reportId;

    @Column(name = "indicator_id")
    private long indicatorId;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "value_reported")
    private BigDecimal value;

    private String narrative;

    private String evidence;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private String comments;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Version
    private long version;

    protected OutcomeValue() {
    }

    OutcomeValue(long reportId, long indicatorId, LocalDate periodEnd) {
        this.reportId = reportId;
        this.indicatorId = indicatorId;
        this.periodEnd = periodEnd;
    }

    void report(BigDecimal value, String narrative, String evidence) {
        if (status == Status.APPROVED) {
            throw new IllegalStateException("an approved value never changes");
        }
        this.value = value;
        this.narrative = narrative;
        this.evidence = evidence;
        this.status = Status.PENDING;
    }

    void approve(String by, LocalDate on) {
        this.status = Status.APPROVED;
        this.decidedBy = by;
        this.approvedOn = on;
    }

    void returnWith(String comments, String by) {
        this.status = Status.RETURNED;
        this.comments = comments;
        this.decidedBy = by;
    }

    Long getId() {
        return id;
    }

    long getReportId() {
        return reportId;
    }

    long getIndicatorId() {
        return indicatorId;
    }

    LocalDate getPeriodEnd() {
        return periodEnd;
    }

    BigDecimal getValue() {
        return value;
    }

    String getNarrative() {
        return narrative;
    }

    String getEvidence() {
        return evidence;
    }

    Status getStatus() {
        return status;
    }

    String getComments() {
        return comments;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    LocalDate getApprovedOn() {
        return approvedOn;
    }
}
