package org.partnerflow.award;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One assessor's scores of one round of a proposal, and their recommendation. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_id")
    private Award award;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false)
    private String assessor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Recommendation recommendation;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Score> scores = new ArrayList<>();

    protected Assessment() {
    }

    Assessment(Award award, int round, String assessor, Recommendation recommendation, List<Score> scores,
            Instant submittedAt) {
        this.award = award;
        this.round = round;
        this.assessor = assessor;
        this.recommendation = recommendation;
        this.scores = new ArrayList<>(scores);
        this.submittedAt = submittedAt;
    }

    public int getRound() {
        return round;
    }

    public String getAssessor() {
        return assessor;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<Score> getScores() {
        return List.copyOf(scores);
    }

    /** A score from 0 to 5 against one named criterion. */
    @Embeddable
    public record Score(@Column(nullable = false) String criterion, @Column(nullable = false) int score,
            @Column(name = "comment") String comment) {
    }
}
