package org.partnerflow.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A re-planned due date, with who changed it and why; the history of a milestone's plan. */
@Entity
@Table(name = "milestone_variation")
public class MilestoneVariation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id", nullable = false)
    private Long milestoneId;

    @Column(name = "old_due_date", nullable = false)
    private LocalDate oldDueDate;

    @Column(name = "new_due_date", nullable = false)
    private LocalDate newDueDate;

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

    public LocalDate getOldDueDate() { return oldDueDate; }
    public LocalDate getNewDueDate() { return newDueDate; }
    public String getReason() { return reason; }
    public String getVariedBy() { return variedBy; }
    public Instant getVariedAt() { return variedAt; }
}
