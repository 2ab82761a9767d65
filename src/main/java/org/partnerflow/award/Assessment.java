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
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    Long getAwardId() {
        return award.getId();
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

    /**
     * The weighted score: each criterion's score times its weight, over the sum of the weights; 0 to 5, to two
     * decimal places.
     */
    public BigDecimal getWeightedScore() {
        return weighted(scores);
    }

    static BigDecimal weighted(List<Score> scores) {
        int weights = scores.stream().mapToInt(Score::weight).sum();
        int total = scores.stream().mapToInt(s -> s.score() * s.weight()).sum();
        return weights == 0 ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /** A score from 0 to 5 against one named criterion, and the weight (1 to 5) the criterion had then. */
    @Embeddable
    public record Score(@Column(nullable = false) String criterion, @Column(nullable = false) int score,
            @Column(name = "comment") String comment, @Column(nullable = false) int weight) {

        /** A score of a criterion at weight 1, as every criterion had before programmes weighted them. */
        public Score(String criterion, int score, String comment) {
            this(criterion, score, comment, 1);
        }
    }
}
