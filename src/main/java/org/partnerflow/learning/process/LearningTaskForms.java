package org.partnerflow.learning.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partnerflow.learning.FollowUpReviewRequest;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.learning.ReflectionsRequest;
import org.partnerflow.learning.SignOffRequest;
import org.partnerflow.learning.WriteReviewRequest;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.TaskForm;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of learningReview plugged into the task list; the review is found from the process. */
@Configuration(proxyBeanMethods = false)
class LearningTaskForms {

    @Bean
    TaskForm<WriteReviewRequest> writeLearningReviewForm(LearningReviews reviews, ReviewOfTask reviewOf) {
        return new ReviewForm<>("writeLearningReview", WriteReviewRequest.class, reviews, reviewOf) {
            @Override
            public Map<String, Object> complete(WorkItem task, WriteReviewRequest body, PartnerflowUser user) {
                reviews.write(reviewOf.id(task), body, user.getUsername());
                return Map.of();
            }
        };
    }

    @Bean
    TaskForm<ReflectionsRequest> addReflectionsForm(LearningReviews reviews, ReviewOfTask reviewOf) {
        return new ReviewForm<>("addReflections", ReflectionsRequest.class, reviews, reviewOf) {
            @Override
            public Map<String, Object> complete(WorkItem task, ReflectionsRequest body, PartnerflowUser user) {
                reviews.reflect(reviewOf.id(task), body, user.getUsername());
                return Map.of();
            }
        };
    }

    @Bean
    TaskForm<SignOffRequest> signOffLearningReviewForm(LearningReviews reviews, ReviewOfTask reviewOf) {
        return new ReviewForm<>("signOffLearningReview", SignOffRequest.class, reviews, reviewOf) {
            @Override
            public Map<String, Object> complete(WorkItem task, SignOffRequest body, PartnerflowUser user) {
                reviews.decide(reviewOf.id(task), body, user.getUsername());
                return Map.of("decision", body.decision().name(), "proposeCaseStudyUpdate", body.proposesUpdate(),
                        LearningDelegates.SIGNED_OFF_BY, user.getUsername());
            }
        };
    }

    @Bean
    TaskForm<FollowUpReviewRequest> followUpOverdueLearningReviewForm(LearningReviews reviews, ReviewOfTask reviewOf) {
        return new ReviewForm<>("followUpOverdueLearningReview", FollowUpReviewRequest.class, reviews, reviewOf) {
            @Override
            public Map<String, Object> complete(WorkItem task, FollowUpReviewRequest body, PartnerflowUser user) {
                reviews.followUp(reviewOf.id(task), body, user.getUsername());
                return Map.of();
            }
        };
    }

    /** What every learning-review task's form shows: the review and the characteristics to rate. */
    abstract static class ReviewForm<B> implements TaskForm<B> {
        private final String key;
        private final Class<B> type;
        private final LearningReviews reviews;
        private final ReviewOfTask reviewOf;

        ReviewForm(String key, Class<B> type, LearningReviews reviews, ReviewOfTask reviewOf) {
            this.key = key;
            this.type = type;
            this.reviews = reviews;
            this.reviewOf = reviewOf;
        }

        @Override
        public String taskDefinitionKey() {
            return key;
        }

        @Override
        public Class<B> bodyType() {
            return type;
        }

        @Override
        public Map<String, Object> data(WorkItem task) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("review", reviews.view(reviewOf.id(task)));
            data.put("characteristics", reviews.characteristics());
            return data;
        }
    }
}
