package org.partnerflow.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.tasks.FollowUp;
import org.partnerflow.tasks.FollowUpSubject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of learningReview and the reviews as people read them (partners only their own partnership's). */
@Service
public class LearningReviews {

    private final LearningReviewRepository reviews;
    private final LearningReviewDecisionRepository decisions;
    private final LearningProperties properties;
    private final Clock clock;
    private final AuditTrail audit;

    LearningReviews(LearningReviewRepository reviews, LearningReviewDecisionRepository decisions,
            LearningProperties properties, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.reviews = reviews;
        this.decisions = decisions;
        this.properties = properties;
        this.clock = clock;
    }

    /** The review of an award falling due on a date, created once (a re-run finds the same one). */
    @Transactional
    public long schedule(long awardId, long partnershipId, LocalDate dueOn) {
        return reviews.findByAwardIdAndDueOn(awardId, dueOn).orElseGet(() -> {
            LearningReview review = reviews.save(new LearningReview(awardId, partnershipId, dueOn));
            audit.record(entry(review, "REVIEW_SCHEDULED", "Learning review due " + dueOn + " scheduled", null));
            return review;
        }).getId();
    }

    @Transactional
    public void open(long reviewId) {
        LearningReview review = require(reviewId);
        LearningReviewStatus before = review.getStatus();
        review.open();
        if (before != review.getStatus()) {
            audit.record(entry(review, "REVIEW_OPENED", "Learning review due " + review.getDueOn() + " opened", before));
        }
    }

    @Transactional
    public void write(long reviewId, WriteReviewRequest request, String partner) {
        List<String> rated = request.ratings().stream().map(WriteReviewRequest.Rating::characteristic).toList();
        Set<String> distinct = new HashSet<>(rated);
        new DomainRuleViolation.Collector()
                .check(distinct.size() == rated.size() && distinct.equals(new HashSet<>(properties.characteristics())),
                        "ratings", "must rate each characteristic once: " + String.join(", ", properties.characteristics()))
                .throwIfAny();
        LearningReview review = require(reviewId);
        LearningReviewStatus before = review.getStatus();
        review.write(request.wentWell().trim(), request.challengesOvercome().trim(), request.results().trim(),
                request.whatMadeTheDifference().trim(), request.ratings().stream()
                        .map(r -> new LearningRating(r.characteristic(), r.score(), r.comment())).toList(),
                partner, clock.instant());
        audit.record(entry(review, "REVIEW_WRITTEN", "Learning review due " + review.getDueOn() + " written", before)
                .by(partner));
    }

    @Transactional
    public void reflect(long reviewId, ReflectionsRequest request, String learningPartner) {
        LearningReview review = require(reviewId);
        LearningReviewStatus before = review.getStatus();
        review.reflect(request.reflections().trim(), learningPartner);
        audit.record(entry(review, "REFLECTIONS_ADDED", "Learning partner's reflections added", before)
                .by(learningPartner));
    }

    /** Records the decision; the process then signs the review off or returns it. */
    @Transactional
    public void decide(long reviewId, SignOffRequest request, String manager) {
        if (request.decision() == SignOffRequest.Decision.RETURN
                && (request.comments() == null || request.comments().isBlank())) {
            throw new DomainRuleViolation("comments", "must say what the partnership should change");
        }
        LearningReview review = require(reviewId);
        decisions.save(new LearningReviewDecision(reviewId, request.decision().name(), request.comments(), manager,
                clock.instant()));
        audit.record(entry(review, "REVIEW_DECIDED", "Sign-off decision: " + request.decision(), null).by(manager));
    }

    @Transactional
    public void returnForChanges(long reviewId) {
        LearningReview review = require(reviewId);
        LearningReviewStatus before = review.getStatus();
        review.returnForChanges();
        audit.record(entry(review, "REVIEW_RETURNED", "Learning review returned to the partnership", before));
    }

    @Transactional
    public void signOff(long reviewId, String manager, boolean proposeCaseStudyUpdate) {
        LearningReview review = require(reviewId);
        LearningReviewStatus before = review.getStatus();
        review.signOff(manager, LocalDate.now(clock), proposeCaseStudyUpdate);
        audit.record(entry(review, "REVIEW_SIGNED_OFF", "Learning review due " + review.getDueOn() + " signed off"
                + (proposeCaseStudyUpdate ? "; a case-study update proposed" : ""), before).by(manager));
    }

    /** Withdraws a review the award now ends before (a signed-off or already withdrawn one stays as it is). */
    @Transactional
    public void withdraw(long reviewId, String by) {
        LearningReview review = require(reviewId);
        LearningReviewStatus before = review.getStatus();
        if (!before.isFinished()) {
            review.withdraw();
            audit.record(entry(review, "REVIEW_WITHDRAWN", "Learning review due " + review.getDueOn()
                    + " withdrawn: the award now ends before it falls due", before).by(by));
        }
    }

    /** The overdue review as a follow-up records it, with the audit entry recording one writes. */
    @Transactional
    public FollowUpSubject followUpSubject(long reviewId) {
        LearningReview review = require(reviewId);
        return new FollowUpSubject(FollowUp.Kind.LEARNING_REVIEW, reviewId, review.getAwardId(),
                review.getPartnershipId(), entry(review, "REVIEW_FOLLOWED_UP", "Overdue learning review followed up", null));
    }

    @Transactional
    public boolean markOverdueIfUnwritten(long reviewId) {
        LearningReview review = require(reviewId);
        LearningReviewStatus before = review.getStatus();
        boolean overdue = review.markOverdueIfUnwritten(LocalDate.now(clock));
        if (before != review.getStatus()) {
            audit.record(entry(review, "REVIEW_OVERDUE", "Learning review due " + review.getDueOn()
                    + " is overdue: nothing written", before));
        }
        return overdue;
    }

    /** A change to a review, for the audit trail; a status that moved is kept before and after. */
    static AuditEntry entry(LearningReview review, String action, String summary, LearningReviewStatus before) {
        AuditEntry entry = AuditEntry.of(AuditSubject.LEARNING_REVIEW, review.getId(), action, summary)
                .award(review.getAwardId(), review.getPartnershipId());
        if (before != null && before != review.getStatus()) {
            entry.change("status", before, review.getStatus());
        }
        return entry;
    }

    @Transactional(readOnly = true)
    public LearningReviewView view(long reviewId) {
        LearningReview review = require(reviewId);
        return LearningReviewView.of(review, decisions.findByReviewIdOrderByDecidedAt(reviewId));
    }

    /** One review; 404 for a partner of another partnership. */
    @Transactional(readOnly = true)
    public LearningReviewView get(long reviewId, PartnerflowUser user) {
        LearningReviewView view = view(reviewId);
        if (!user.canRead(view.partnershipId())) {
            throw new NotFoundException("Learning review", reviewId);
        }
        return view;
    }

    @Transactional(readOnly = true)
    public List<LearningReviewView> forPartnership(long partnershipId, PartnerflowUser user) {
        if (!user.canRead(partnershipId)) {
            throw new NotFoundException("Partnership", partnershipId);
        }
        return reviews.findByPartnershipIdOrderByDueOn(partnershipId).stream()
                .map(r -> LearningReviewView.of(r, List.of())).toList();
    }

    /** Signed-off reviews of these partnerships, oldest first: the material of trends and distributions. */
    @Transactional(readOnly = true)
    public List<LearningReviewView> signedOff(List<Long> partnershipIds) {
        return partnershipIds.isEmpty() ? List.of()
                : reviews.findByPartnershipIdInAndStatusOrderByDueOn(partnershipIds, LearningReviewStatus.SIGNED_OFF)
                        .stream().map(r -> LearningReviewView.of(r, List.of())).toList();
    }

    /** The due dates and statuses of these partnerships' reviews, soonest first, in one query and without their text. */
    @Transactional(readOnly = true)
    public List<LearningReviewDate> datesOf(java.util.Collection<Long> partnershipIds) {
        return partnershipIds.isEmpty() ? List.of() : reviews.findDatesByPartnershipIds(partnershipIds);
    }

    /** Signed-off reviews whose text mentions a theme (staff search across the programme). */
    @Transactional(readOnly = true)
    public List<LearningReviewView> search(String text) {
        String like = "%" + text.toLowerCase().replace("%", "").replace("_", "") + "%";
        return reviews.searchSignedOff(like).stream().map(r -> LearningReviewView.of(r, List.of())).toList();
    }

    public List<String> characteristics() {
        return properties.characteristics();
    }

    public java.time.Duration opensBefore() {
        return properties.opensBefore();
    }

    private LearningReview require(long id) {
        return reviews.findById(id).orElseThrow(() -> new NotFoundException("Learning review", id));
    }
}
