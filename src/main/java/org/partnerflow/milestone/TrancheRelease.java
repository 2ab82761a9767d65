package org.partnerflow.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A proposal to release a tranche and the second person's decision on it (never the proposer: four eyes). */
@Entity
@Table(name = "tranche_release")
public class TrancheRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "tranche_id", nullable = false)
    private Long trancheId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "proposal_comments")
    private String proposalComments;

    private String decision;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comments")
    private String decisionComments;

    protected TrancheRelease() {
    }

    TrancheRelease(Long trancheId, BigDecimal amount, String proposedBy, Instant at, String comments) {
        this.trancheId = trancheId;
        this.amount = amount;
        this.proposedBy = proposedBy;
        this.proposedAt = at;
        this.proposalComments = comments;
    }

    void decide(String decision, String by, Instant at, String comments) {
        this.decision = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionComments = comments;
    }

    public Long getTrancheId() { return trancheId; }
    public BigDecimal getAmount() { return amount; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public String getProposalComments() { return proposalComments; }
    public String getDecision() { return decision; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionComments() { return decisionComments; }
}
