package org.partnerflow.learning.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerflow.learning.LearningReviewView;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.learning.ReflectionsRequest;
import org.partnerflow.learning.SignOffRequest;
import org.partnerflow.learning.WriteReviewRequest;
import org.partnerflow.tasks.FollowUpRequest;
import org.partnerflow.tasks.FollowUps;
import org.partnerflow.tasks.TaskForm;
import org.partnerflow.tasks.TaskForms;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of learningReview plugged into the task list; the review is found from the process. */
@Configuration(proxyBeanMethods = false)
class LearningTaskForms {

    private final LearningContexts contexts;

    LearningTaskForms(LearningContexts contexts) {
        this.contexts = contexts;
    }

    @Bean
    TaskForm<WriteReviewRequest> writeLearningReviewForm(LearningReviews reviews, ReviewOfTask reviewOf) {
        return form("writeLearningReview", WriteReviewRequest.class, reviews, reviewOf, (task, body, user) -> {
            reviews.write(reviewOf.id(task), body, user.getUsername());
            return Map.of();
        }).withPrefill((task, data, user) -> returnedReview(review(data), reviews.characteristics()));
    }

    @Bean
    TaskForm<ReflectionsRequest> addReflectionsForm(LearningReviews reviews, ReviewOfTask reviewOf) {
        return form("addReflections", ReflectionsRequest.class, reviews, reviewOf, (task, body, user) -> {
            reviews.reflect(reviewOf.id(task), body, user.getUsername());
            return Map.of();
        });
    }

    @Bean
    TaskForm<SignOffRequest> signOffLearningReviewForm(LearningReviews reviews, ReviewOfTask reviewOf) {
        return form("signOffLearningReview", SignOffRequest.class, reviews, reviewOf, (task, body, user) -> {
            reviews.decide(reviewOf.id(task), body, user.getUsername());
            return Map.of("decision", body.decision().name(), "proposeCaseStudyUpdate", body.proposesUpdate(),
                    LearningDelegates.SIGNED_OFF_BY, user.getUsername());
        });
    }

    @Bean
    TaskForm<FollowUpRequest> followUpOverdueLearningReviewForm(LearningReviews reviews, ReviewOfTask reviewOf,
            FollowUps followUps) {
        return form("followUpOverdueLearningReview", FollowUpRequest.class, reviews, reviewOf,
                followUps.completion(task -> reviews.followUpSubject(reviewOf.id(task))));
    }

    /** A returned review starts as it was sent, its ratings in the order of the characteristics to rate. */
    private static WriteReviewRequest returnedReview(LearningReviewView review, List<String> characteristics) {
        if (review == null || review.wentWell() == null) {
            return null;
        }
        List<WriteReviewRequest.Rating> ratings = characteristics.stream().map(c -> review.ratings().stream()
                .filter(r -> r.characteristic().equals(c)).findFirst()
                .map(r -> new WriteReviewRequest.Rating(c, r.score(), r.comment()))
                .orElse(new WriteReviewRequest.Rating(c, null, null))).toList();
        return new WriteReviewRequest(review.wentWell(), review.challengesOvercome(), review.results(),
                review.whatMadeTheDifference(), ratings);
    }

    private static LearningReviewView review(Map<String, Object> data) {
        return data.get("review") instanceof LearningReviewView review ? review : null;
    }

    /**
     * What every learning-review task's form shows: the review and the characteristics to rate; its page shows the
     * review with its award.
     */
    private <B> TaskForms.Form<B> form(String key, Class<B> type, LearningReviews reviews, ReviewOfTask reviewOf,
            TaskForms.Completion<B> completion) {
        return TaskForms.of(key, type, task -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("review", reviews.view(reviewOf.id(task)));
            data.put("characteristics", reviews.characteristics());
            return data;
        }, completion).withPageContext((task, data, user) ->
                Collections.singletonMap("learning", contexts.of(review(data), user)));
    }
}
