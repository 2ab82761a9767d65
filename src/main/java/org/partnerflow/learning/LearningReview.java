package org.partnerflow.learning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnerflow.shared.ConflictException;

/** One period's learning review of a partnership's award; read-only once signed off. */
@Entity
@Table(name = "learning_review")
public class LearningReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_id", nullable = false)
    private Long awardId;

    @Column(name = "partnership_id", nullable = false)
    private Long partnershipId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LearningReviewStatus status = LearningReviewStatus.PLANNED;

    @Column(nullable = false)
    private int round;

    @Column(name = "went_well")
    private String wentWell;

    @Column(name = "challenges_overcome")
    private String challengesOvercome;

    private String results;

    @Column(name = "what_made_the_difference")
    private String whatMadeTheDifference;

    @ElementCollection
    @CollectionTable(name = "learning_rating", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<LearningRating> ratings = new ArrayList<>();

    @Column(name = "written_by")
    private String writtenBy;

    @Column(name = "written_at")
    private Instant writtenAt;

    private String reflections;

    @Column(name = "reflected_by")
    private String reflectedBy;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Column(name = "signed_off_by")
    private String signedOffBy;

    @Column(name = "signed_off_on")
    private LocalDate signedOffOn;

    @Column(name = "propose_case_study_update", nullable = false)
    private boolean proposeCaseStudyUpdate;

    @Version
    private long version;

    protected LearningReview() {
    }

    LearningReview(Long awardId, Long partnershipId, LocalDate dueOn) {
        this.awardId = awardId;
        this.partnershipId = partnershipId;
        this.dueOn = dueOn;
    }

    void open() {
        if (status == LearningReviewStatus.PLANNED) {
            status = LearningReviewStatus.OPEN;
        }
    }

    void write(String wentWell, String challengesOvercome, String results, String whatMadeTheDifference,
            List<LearningRating> ratings, String by, Instant at) {
        requireEditable();
        this.wentWell = wentWell;
        this.challengesOvercome = challengesOvercome;
        this.results = results;
        this.whatMadeTheDifference = whatMadeTheDifference;
        this.ratings = new ArrayList<>(ratings);
        this.writtenBy = by;
        this.writtenAt = at;
        this.round++;
        this.status = LearningReviewStatus.WRITTEN;
    }

    void reflect(String reflections, String by) {
        requireEditable();
        this.reflections = reflections;
        this.reflectedBy = by;
        this.status = LearningReviewStatus.REFLECTED;
    }

    void returnForChanges() {
        requireEditable();
        status = LearningReviewStatus.RETURNED;
    }

    void signOff(String by, LocalDate on, boolean proposeCaseStudyUpdate) {
        requireEditable();
        signedOffBy = by;
        signedOffOn = on;
        this.proposeCaseStudyUpdate = proposeCaseStudyUpdate;
        status = LearningReviewStatus.SIGNED_OFF;
    }

    /** Withdrawn when the award now ends before the review falls due; a signed-off review stays as it is. */
    void withdraw() {
        requireEditable();
        status = LearningReviewStatus.WITHDRAWN;
    }

    /** Planned again when the award's end moves back past a review withdrawn before. */
    void reinstate() {
        if (status == LearningReviewStatus.WITHDRAWN) {
            status = LearningReviewStatus.PLANNED;
        }
    }

    /** Overdue only while nothing has been written for the period. */
    boolean markOverdueIfUnwritten(LocalDate on) {
        if (status == LearningReviewStatus.PLANNED || status == LearningReviewStatus.OPEN
                || status == LearningReviewStatus.RETURNED) {
            status = LearningReviewStatus.OVERDUE;
            overdueSince = on;
        }
        return status == LearningReviewStatus.OVERDUE;
    }

    private void requireEditable() {
        if (status == LearningReviewStatus.SIGNED_OFF) {
            throw new ConflictException("This learning review was signed off on " + signedOffOn + " and is read-only.");
        }
        if (status == LearningReviewStatus.WITHDRAWN) {
            throw new ConflictException("This learning review was withdrawn: the award now ends before it falls due.");
        }
    }

    public Long getId() { return id; }
    public Long getAwardId() { return awardId; }
    public Long getPartnershipId() { return partnershipId; }
    public LocalDate getDueOn() { return dueOn; }
    public LearningReviewStatus getStatus() { return status; }
    public int getRound() { return round; }
    public String getWentWell() { return wentWell; }
    public String getChallengesOvercome() { return challengesOvercome; }
    public String getResults() { return results; }
    public String getWhatMadeTheDifference() { return whatMadeTheDifference; }
    public List<LearningRating> getRatings() { return List.copyOf(ratings); }
    public String getWrittenBy() { return writtenBy; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getReflections() { return reflections; }
    public String getReflectedBy() { return reflectedBy; }
    public LocalDate getOverdueSince() { return overdueSince; }
    public String getSignedOffBy() { return signedOffBy; }
    public LocalDate getSignedOffOn() { return signedOffOn; }
    public boolean isProposeCaseStudyUpdate() { return proposeCaseStudyUpdate; }
}
