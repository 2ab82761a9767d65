package org.partnerflow.learning.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.security.Role;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.Notification;
import org.partnerflow.shared.Notifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of learningReview: thin delegates over LearningReviews. */
@Configuration(proxyBeanMethods = false)
class LearningDelegates {

    static final String REVIEW_ID = "learningReviewId";
    static final String SIGNED_OFF_BY = "signedOffBy";
    static final ZoneId UK = ZoneId.of("Europe/London");

    static long reviewId(DelegateExecution execution) {
        return ((Number) execution.getVariable(REVIEW_ID)).longValue();
    }

    /** Creates the review for its due date, opens it a set time before, and makes it overdue the day after. */
    @Bean
    JavaDelegate scheduleLearningReviewDelegate(LearningReviews reviews) {
        return execution -> {
            LocalDate dueOn = LocalDate.parse((String) execution.getVariable("reviewDueOn"));
            long id = reviews.schedule(((Number) execution.getVariable("awardId")).longValue(),
                    ((Number) execution.getVariable("partnershipId")).longValue(), dueOn);
            execution.setVariable(REVIEW_ID, id);
            LocalDate opens = dueOn.minusDays(reviews.opensBefore().toDays());
            execution.setVariable("openAt", Date.from(opens.atTime(LocalTime.of(9, 0)).atZone(UK).toInstant()));
            execution.setVariable("overdueAt", Date.from(dueOn.plusDays(1).atStartOfDay(UK).toInstant()));
        };
    }

    /** The review is OPEN from the moment its writing round starts (the opening timer has fired). */
    @Bean
    org.camunda.bpm.engine.delegate.ExecutionListener openLearningReviewListener(LearningReviews reviews) {
        return execution -> reviews.open(reviewId(execution));
    }

    @Bean
    JavaDelegate returnLearningReviewDelegate(LearningReviews reviews) {
        return execution -> reviews.returnForChanges(reviewId(execution));
    }

    /** Marks the review overdue while nothing is written, and tells the partnership by e-mail. */
    @Bean
    JavaDelegate markLearningReviewOverdueDelegate(LearningReviews reviews, Notifier notifier, Formats formats) {
        return execution -> {
            long reviewId = reviewId(execution);
            boolean overdue = reviews.markOverdueIfUnwritten(reviewId);
            execution.setVariable("learningReviewOverdue", overdue);
            if (overdue) {
                long partnershipId = ((Number) execution.getVariable("partnershipId")).longValue();
                LocalDate dueOn = LocalDate.parse((String) execution.getVariable("reviewDueOn"));
                notifier.send(Notification.templated(Role.partnershipGroup(partnershipId), "learning-review-overdue",
                        formats.defaultText("mail.learningReviewOverdue.subject", formats.defaultDate(dueOn)),
                        "learning-review-" + reviewId + "-overdue",
                        Notification.model("dueDate", dueOn, "reviewId", reviewId)));
            }
        };
    }

    /** Hands the signed-off review to the case-study module, when one is installed, as the draft of an update. */
    @Bean
    JavaDelegate requestCaseStudyUpdateDelegate(LearningReviews reviews,
            org.springframework.beans.factory.ObjectProvider<org.partnerflow.learning.CaseStudyDrafts> drafts) {
        return execution -> {
            org.partnerflow.learning.CaseStudyDrafts target = drafts.getIfAvailable();
            if (target != null) {
                target.proposeFromReview(reviews.view(reviewId(execution)));
            }
        };
    }

    /** Records the review withdrawn by whoever applied the change (learningReviewWithdrawn's withdrawnBy). */
    @Bean
    JavaDelegate withdrawLearningReviewDelegate(LearningReviews reviews) {
        return execution -> reviews.withdraw(reviewId(execution), (String) execution.getVariable(
                org.partnerflow.learning.LearningSchedules.WITHDRAWN_BY));
    }

    @Bean
    JavaDelegate signOffReviewDelegate(LearningReviews reviews) {
        return execution -> reviews.signOff(reviewId(execution), (String) execution.getVariable(SIGNED_OFF_BY),
                Boolean.TRUE.equals(execution.getVariable("proposeCaseStudyUpdate")));
    }
}
