package org.partnerflow.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.learning.LearningReviewView;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Component;

/** Builds a learning-review task's context from its form data, with the review's award read as the user. */
@Component
class LearningContexts {

    private final AwardQueries awards;
    private final Clock clock;

    LearningContexts(AwardQueries awards, Clock clock) {
        this.awards = awards;
        this.clock = clock;
    }

    /** The context of a learningReview task, or null for a task about something else. */
    LearningContext of(Map<String, Object> data, PartnerflowUser user) {
        LearningReviewView review = review(data);
        if (review == null) {
            return null;
        }
        return new LearningContext(review, awards.get(review.awardId(), user).award(), LocalDate.now(clock));
    }

    static LearningReviewView review(Map<String, Object> data) {
        return data.get("review") instanceof LearningReviewView review ? review : null;
    }
}
