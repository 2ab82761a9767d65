package org.partnerflow.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A programme manager's review of one round of evidence. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "evidence_review")
public class EvidenceReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id", nullable = false)
    private Long milestoneId;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false)
    private String decision;

    private String comments;

    @Column(name = "reviewed_by", nullable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected EvidenceReview() {
    }

    EvidenceReview(Long milestoneId, int round, String decision, String comments, String reviewedBy, Instant at) {
        this.milestoneId = milestoneId;
        this.round = round;
        this.decision = decision;
        this.comments = comments;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = at;
    }

    public int getRound() { return round; }
    public String getDecision() { return decision; }
    public String getComments() { return comments; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
}
