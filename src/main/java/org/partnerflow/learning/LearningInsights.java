package org.partnerflow.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Trends per partnership and the distribution of ratings across a programme, from signed-off reviews. */
@Service
public class LearningInsights {

    private final LearningReviews reviews;
    private final Partnerships partnerships;

    LearningInsights(LearningReviews reviews, Partnerships partnerships) {
        this.reviews = reviews;
        this.partnerships = partnerships;
    }

    /** A partnership's reviews over time: each signed-off review's ratings and their average. */
    public record TrendPoint(LocalDate dueOn, Map<String, Integer> scores, BigDecimal average) {
    }

    /** Where collaboration is strong or weak across a programme, from each partnership's latest review. */
    public record ProgrammeLearning(Long programmeId, int partnershipsRated,
            List<RatingAggregation.Distribution> characteristics) {
    }

    @Transactional(readOnly = true)
    public List<TrendPoint> trend(long partnershipId, PartnerflowUser user) {
        partnerships.get(partnershipId, user);
        return reviews.signedOff(List.of(partnershipId)).stream().map(r -> {
            Map<String, Integer> scores = new LinkedHashMap<>();
            r.ratings().forEach(rating -> scores.put(rating.characteristic(), rating.score()));
            return new TrendPoint(r.dueOn(), scores, RatingAggregation.average(r.ratings()));
        }).toList();
    }

    @Transactional(readOnly = true)
    public ProgrammeLearning programme(long programmeId, PartnerflowUser user) {
        List<Long> ids = partnerships.visibleTo(user, programmeId).stream().map(PartnershipView::id).toList();
        Map<Long, List<LearningRating>> latest = new LinkedHashMap<>();
        for (LearningReviewView review : reviews.signedOff(ids)) {
            latest.put(review.partnershipId(), review.ratings()); // oldest first, so the last one stays
        }
        return new ProgrammeLearning(programmeId, latest.size(),
                RatingAggregation.distribution(reviews.characteristics(), List.copyOf(latest.values())));
    }
}
