package org.partnerflow.learning.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.learning.ReflectionsRequest;
import org.partnerflow.learning.SignOffRequest;
import org.partnerflow.learning.WriteReviewRequest;
import org.partnerflow.tasks.FollowUpForm;
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

    @Bean
    TaskForm<WriteReviewRequest> writeLearningReviewForm(LearningReviews reviews, ReviewOfTask reviewOf) {
        return form("writeLearningReview", WriteReviewRequest.class, reviews, reviewOf, (task, body, user) -> {
            reviews.write(reviewOf.id(task), body, user.getUsername());
            return Map.of();
        });
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
        return new FollowUpForm("followUpOverdueLearningReview", task -> data(reviews, reviewOf, task),
                task -> reviews.followUpSubject(reviewOf.id(task)), followUps);
    }

    private static <B> TaskForm<B> form(String key, Class<B> type, LearningReviews reviews, ReviewOfTask reviewOf,
            TaskForms.Completion<B> completion) {
        return TaskForms.of(key, type, task -> data(reviews, reviewOf, task), completion);
    }

    /** What every learning-review task's form shows: the review and the characteristics to rate. */
    private static Map<String, Object> data(LearningReviews reviews, ReviewOfTask reviewOf, WorkItem task) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("review", reviews.view(reviewOf.id(task)));
        data.put("characteristics", reviews.characteristics());
        return data;
    }
}
