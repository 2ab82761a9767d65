package org.partnerflow.variation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One decision on a variation (the assessment or the approval): append-only. */
@Entity
@Immutable
@Table(name = "award_variation_decision")
public class VariationDecision {

    /** Which of the two steps decided. */
    public enum Step { ASSESS, APPROVE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "variation_id", nullable = false, updatable = false)
    private Long variationId;

    @Column(nullable = false, updatable = false)
    private String step;

    @Column(nullable = false, updatable = false)
    private String decision;

    @Column(updatable = false)
    private String comments;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected VariationDecision() {
    }

    VariationDecision(Long variationId, Step step, String decision, String comments, String decidedBy,
            Instant decidedAt) {
        this.variationId = variationId;
        this.step = step.name();
        this.decision = decision;
        this.comments = comments == null || comments.isBlank() ? null : comments.strip();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() { return id; }
    public Long getVariationId() { return variationId; }
    public Step getStep() { return Step.valueOf(step); }
    public String getDecision() { return decision; }
    public String getComments() { return comments; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
