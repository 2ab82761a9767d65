package org.partnerflow.learning;

import java.time.LocalDate;
import java.util.List;

/** A learning review as the API shows it; the core fields are those API.md names. */
public record LearningReviewView(Long id, Long awardId, Long partnershipId, LocalDate dueOn, LearningReviewStatus status,
        String wentWell, String challengesOvercome, String results, String whatMadeTheDifference,
        List<LearningRating> ratings, String writtenBy, String reflections, LocalDate overdueSince,
        String signedOffBy, LocalDate signedOffOn, List<LearningReviewDecision> decisions) {

    static LearningReviewView of(LearningReview r, List<LearningReviewDecision> decisions) {
        return new LearningReviewView(r.getId(), r.getAwardId(), r.getPartnershipId(), r.getDueOn(), r.getStatus(),
                r.getWentWell(), r.getChallengesOvercome(), r.getResults(), r.getWhatMadeTheDifference(),
                r.getRatings(), r.getWrittenBy(), r.getReflections(), r.getOverdueSince(), r.getSignedOffBy(),
                r.getSignedOffOn(), decisions);
    }
}
