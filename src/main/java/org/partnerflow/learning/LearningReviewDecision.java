package org.partnerflow.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A programme manager's sign-off or return of a learning review, kept as its history. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "learning_review_decision")
public class LearningReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(nullable = false)
    private String decision;

    private String comments;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected LearningReviewDecision() {
    }

    LearningReviewDecision(Long reviewId, String decision, String comments, String decidedBy, Instant decidedAt) {
        this.reviewId = reviewId;
        this.decision = decision;
        this.comments = comments;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public String getDecision() { return decision; }
    public String getComments() { return comments; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
