package org.partnerflow.learning.process;

import java.time.Clock;
import java.time.LocalDate;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.learning.LearningReviewView;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Component;

/** Builds a learning-review task page's context from the review, with the review's award read as the user. */
@Component
class LearningContexts {

    private final AwardQueries awards;
    private final Clock clock;

    LearningContexts(AwardQueries awards, Clock clock) {
        this.awards = awards;
        this.clock = clock;
    }

    /** The context of a learningReview task, or null when there is no review to show. */
    LearningContext of(LearningReviewView review, PartnerflowUser user) {
        if (review == null) {
            return null;
        }
        return new LearningContext(review, awards.get(review.awardId(), user).award(), LocalDate.now(clock));
    }
}
