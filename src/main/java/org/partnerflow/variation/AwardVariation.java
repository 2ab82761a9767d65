package org.partnerflow.variation;

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
import java.time.Instant;
import java.time.LocalDate;
import org.partnerflow.shared.ConflictException;

/**
 * The record of one awardVariation process: what was asked for and why, where it stands, and once applied what the
 * award was before. Its id is the process's business key and the subject of its separation-of-duties rules.
 */
@Entity
@Table(name = "award_variation")
public class AwardVariation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_id", nullable = false, updatable = false)
    private Long awardId;

    @Column(name = "partnership_id", nullable = false, updatable = false)
    private Long partnershipId;

    /** The award's id while open, null once decided: the database keeps one open variation per award. */
    @Column(name = "open_award_id")
    private Long openAwardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VariationStatus status;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "amount_awarded", updatable = false)
    private BigDecimal amountAwarded;

    @Column(name = "end_date", updatable = false)
    private LocalDate endDate;

    /** The open milestones as they should be afterwards, as JSON (see VariationMilestones); null keeps the plan. */
    @Column(updatable = false)
    private String milestones;

    @Column(name = "amount_before")
    private BigDecimal amountBefore;

    @Column(name = "end_date_before")
    private LocalDate endDateBefore;

    @Column(name = "milestones_before")
    private String milestonesBefore;

    @Column(name = "plan_changes")
    private String planChanges;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected AwardVariation() {
    }

    AwardVariation(long awardId, long partnershipId, String reason, String requestedBy, Instant requestedAt, BigDecimal amountAwarded,
            LocalDate endDate, String milestones) {
        this.awardId = awardId;
        this.partnershipId = partnershipId;
        this.openAwardId = awardId;
        this.status = VariationStatus.REQUESTED;
        this.reason = reason.strip();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.amountAwarded = amountAwarded == null ? null : amountAwarded.setScale(2);
        this.endDate = endDate;
        this.milestones = milestones;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void recommend() {
        move(VariationStatus.RECOMMENDED, VariationStatus.REQUESTED);
    }

    /** Sent back or refused at either step: decided, so another variation of the award may be asked for. */
    void close(VariationStatus outcome) {
        move(outcome, VariationStatus.REQUESTED, VariationStatus.RECOMMENDED);
    }

    void applied(BigDecimal amountBefore, LocalDate endDateBefore, String milestonesBefore, String planChanges,
            Instant at) {
        move(VariationStatus.APPLIED, VariationStatus.RECOMMENDED);
        this.amountBefore = amountBefore;
        this.endDateBefore = endDateBefore;
        this.milestonesBefore = milestonesBefore;
        this.planChanges = planChanges;
        this.appliedAt = at;
    }

    private void move(VariationStatus to, VariationStatus... from) {
        if (!java.util.List.of(from).contains(status)) {
            throw new ConflictException("Variation " + id + " is " + status + ", so it cannot become " + to);
        }
        status = to;
        openAwardId = to.open() ? awardId : null;
    }

    public Long getId() { return id; }
    public Long getAwardId() { return awardId; }
    public Long getPartnershipId() { return partnershipId; }
    public VariationStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public BigDecimal getAmountAwarded() { return amountAwarded; }
    public LocalDate getEndDate() { return endDate; }
    public String getMilestones() { return milestones; }
    public BigDecimal getAmountBefore() { return amountBefore; }
    public LocalDate getEndDateBefore() { return endDateBefore; }
    public String getMilestonesBefore() { return milestonesBefore; }
    public String getPlanChanges() { return planChanges; }
    public Instant getAppliedAt() { return appliedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public long getVersion() { return version; }
}
