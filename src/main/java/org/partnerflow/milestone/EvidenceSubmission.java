package org.partnerflow.milestone;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One round of a milestone's evidence, as the partnership sent it. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "evidence_submission")
public class EvidenceSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id", nullable = false)
    private Long milestoneId;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false)
    private String narrative;

    @ElementCollection
    @CollectionTable(name = "evidence_link", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false)
    private List<String> links = new ArrayList<>();

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected EvidenceSubmission() {
    }

    EvidenceSubmission(Long milestoneId, int round, String narrative, List<String> links, String submittedBy,
            Instant submittedAt) {
        this.milestoneId = milestoneId;
        this.round = round;
        this.narrative = narrative;
        this.links = new ArrayList<>(links);
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public int getRound() { return round; }
    public String getNarrative() { return narrative; }
    public List<String> getLinks() { return List.copyOf(links); }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
}
