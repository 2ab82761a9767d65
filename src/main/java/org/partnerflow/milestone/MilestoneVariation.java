package org.partnerflow.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A re-planned due date, with who changed it and why; the history of a milestone's plan. */
@Entity
@Table(name = "milestone_variation")
public class MilestoneVariation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "milestone_id", nullable = false)
    private Long milestoneId;

    @Column(name = "old_due_date", nullable = false)
    private LocalDate oldDueDate;

    @Column(name = "new_due_date", nullable = false)
    private LocalDate newDueDate;

    @Column(name = "old_amount")
    private java.math.BigDecimal oldAmount;

    @Column(name = "new_amount")
    private java.math.BigDecimal newAmount;

    @Column(name = "balancing_milestone_id")
    private Long balancingMilestoneId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "varied_by", nullable = false)
    private String variedBy;

    @Column(name = "varied_at", nullable = false)
    private Instant variedAt;

    protected MilestoneVariation() {
    }

    MilestoneVariation(Long milestoneId, LocalDate oldDueDate, LocalDate newDueDate, String reason, String by, Instant at) {
        this.milestoneId = milestoneId;
        this.oldDueDate = oldDueDate;
        this.newDueDate = newDueDate;
        this.reason = reason;
        this.variedBy = by;
        this.variedAt = at;
    }

    void amounts(java.math.BigDecimal oldAmount, java.math.BigDecimal newAmount, Long balancingMilestoneId) {
        this.oldAmount = oldAmount;
        this.newAmount = newAmount;
        this.balancingMilestoneId = balancingMilestoneId;
    }

    public java.math.BigDecimal getOldAmount() { return oldAmount; }
    public java.math.BigDecimal getNewAmount() { return newAmount; }
    public Long getBalancingMilestoneId() { return balancingMilestoneId; }
    public LocalDate getOldDueDate() { return oldDueDate; }
    public LocalDate getNewDueDate() { return newDueDate; }
    public String getReason() { return reason; }
    public String getVariedBy() { return variedBy; }
    public Instant getVariedAt() { return variedAt; }
}
