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
import java.time.Instant;
import java.time.LocalDate;

/** An award's outcome report for one period: one per award and period end. */
@Entity
@Table(name = "outcome_report")
class OutcomeReport {

    /** Where a report stands. OVERDUE: nothing sent by its due date yet. */
    enum Status { OPEN, OVERDUE, SUBMITTED, RETURNED, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_id")
    private long awardId;

    @Column(name = "partnership_id")
    private long partnershipId;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    private int round;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Version
    private long version;

    protected OutcomeReport() {
    }

    OutcomeReport(long awardId, long partnershipId, LocalDate periodEnd, LocalDate dueOn) {
        this.awardId = awardId;
        this.partnershipId = partnershipId;
        this.periodEnd = periodEnd;
        this.dueOn = dueOn;
    }

    void submitted(String by, Instant at) {
        this.status = Status.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    void decided(boolean anyReturned) {
        if (anyReturned) {
            status = Status.RETURNED;
            round++;
        } else {
            status = Status.APPROVED;
        }
    }

    boolean markOverdueIfMissing(LocalDate today) {
        if (status != Status.OPEN) {
            return false;
        }
        status = Status.OVERDUE;
        overdueSince = today;
        return true;
    }

    Long getId() {
        return id;
    }

    long getAwardId() {
        return awardId;
    }

    long getPartnershipId() {
        return partnershipId;
    }

    LocalDate getPeriodEnd() {
        return periodEnd;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    Status getStatus() {
        return status;
    }

    int getRound() {
        return round;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    LocalDate getOverdueSince() {
        return overdueSince;
    }
}
