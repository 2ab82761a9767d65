package org.partnerflow.learning.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.partnerflow.award.AwardView;
import org.partnerflow.learning.LearningRating;
import org.partnerflow.learning.LearningReviewDecision;
import org.partnerflow.learning.LearningReviewView;
import org.partnerflow.learning.RatingAggregation;

/** What a learning-review task's page shows beside its form: the review, its award as the user reads it, today. */
record LearningContext(LearningReviewView review, AwardView award, LocalDate today) {

    /** The review's ratings, or none before it is written. */
    public List<LearningRating> ratings() {
        return review.ratings() == null ? List.of() : review.ratings();
    }

    public BigDecimal average() {
        return RatingAggregation.average(ratings());
    }

    /** The programme manager's returns, oldest first, with what they asked the partnership to change. */
    public List<LearningReviewDecision> returns() {
        return review.decisions() == null ? List.of()
                : review.decisions().stream().filter(d -> "RETURN".equals(d.getDecision())).toList();
    }

    public boolean isReturned() {
        return review.status().name().equals("RETURNED");
    }

    public boolean isOverdue() {
        return today.isAfter(review.dueOn());
    }

    public long daysOverdue() {
        return Math.max(0, ChronoUnit.DAYS.between(review.dueOn(), today));
    }

    /** Whether the partnership has written it yet (a returned review keeps its last text). */
    public boolean isWritten() {
        return review.wentWell() != null;
    }
}
