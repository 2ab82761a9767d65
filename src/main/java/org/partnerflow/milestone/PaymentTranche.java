package org.partnerflow.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment of part of an award, planned for a date and gated by a milestone; the tranches sum to the award. */
@Entity
@Table(name = "payment_tranche")
public class PaymentTranche {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The award the tranche pays part of; the award module keeps the amounts awarded and released. */
    @Column(name = "award_id", nullable = false, updatable = false)
    private Long awardId;

    /** The award's programme, kept on the tranche so a programme's payment plan reads its own tranches only. */
    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(nullable = false)
    private int sequence;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrancheStatus status = TrancheStatus.SCHEDULED;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "milestone_id")
    private Milestone milestone;

    @Version
    private long version;

    protected PaymentTranche() {
    }

    PaymentTranche(Long awardId, Long programmeId, int sequence, BigDecimal amount, LocalDate plannedDate,
            Milestone milestone) {
        this.awardId = awardId;
        this.programmeId = programmeId;
        this.sequence = sequence;
        this.amount = amount;
        this.plannedDate = plannedDate;
        this.milestone = milestone;
    }

    void markDue() {
        if (status == TrancheStatus.SCHEDULED) {
            status = TrancheStatus.DUE;
        }
    }

    /** Holds a due tranche for close-out: it waits for the final report to be accepted. */
    void hold() {
        if (status == TrancheStatus.SCHEDULED || status == TrancheStatus.DUE) {
            status = TrancheStatus.HELD;
        }
    }

    /** A held tranche becomes due for release, once the final report is accepted. */
    void unhold() {
        if (status == TrancheStatus.HELD) {
            status = TrancheStatus.DUE;
        }
    }

    /**
     * Cancels a tranche not yet released (its milestone dropped by a variation, or its award terminated); a released
     * tranche stays released. Returns whether it was cancelled.
     */
    boolean cancel() {
        if (status == TrancheStatus.RELEASED || status == TrancheStatus.CANCELLED) {
            return false;
        }
        status = TrancheStatus.CANCELLED;
        return true;
    }

    /** Moves the planned payment date, as its milestone's due date moves. */
    void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    void markProposed() {
        if (status != TrancheStatus.DUE && status != TrancheStatus.PROPOSED) {
            throw new org.partnerflow.shared.ConflictException("Tranche " + sequence + " is " + status
                    + "; only a tranche due for release can be proposed.");
        }
        status = TrancheStatus.PROPOSED;
    }

    void markReleased(LocalDate on) {
        status = TrancheStatus.RELEASED;
        releasedOn = on;
    }

    /** Its place in the plan: the same as its milestone's. */
    void renumber(int newSequence) {
        sequence = newSequence;
    }

    void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Long getAwardId() {
        return awardId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getId() {
        return id;
    }

    public int getSequence() {
        return sequence;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public TrancheStatus getStatus() {
        return status;
    }

    public LocalDate getReleasedOn() {
        return releasedOn;
    }

    public Milestone getMilestone() {
        return milestone;
    }
}
