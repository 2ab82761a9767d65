package org.partnerflow.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an award's learning reviews in step with a new end date that an approved variation has set: reviews due
 * after it are withdrawn (their learningReview ends through its "Review withdrawn" event subprocess) and cadence
 * dates up to it that have no review yet get one, run by grantAward's runLearningReviews like the others.
 */
@Service
public class LearningSchedules {

    /** The variable the learningReviewWithdrawn message carries: who applied the change. */
    public static final String WITHDRAWN_BY = "withdrawnBy";
    static final String WITHDRAWN_MESSAGE = "learningReviewWithdrawn";
    static final String RUN_REVIEWS = "runLearningReviews";
    static final String REVIEWS_BODY = RUN_REVIEWS + "#multiInstanceBody";

    private final LearningReviewRepository reviews;
    private final LearningReviews steps;
    private final AwardQueries awards;
    private final RuntimeService runtime;
    private final AuditTrail audit;

    LearningSchedules(LearningReviewRepository reviews, LearningReviews steps, AwardQueries awards,
            RuntimeService runtime, AuditTrail audit) {
        this.reviews = reviews;
        this.steps = steps;
        this.awards = awards;
        this.runtime = runtime;
        this.audit = audit;
    }

    /**
     * Follows the award's new end date (already on the award) inside the caller's transaction, which holds the
     * award's lock. Signed-off reviews are history and stay whatever their date.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void followNewEndDate(long awardId, LocalDate newEndDate, String actor) {
        AwardView award = awards.detail(awardId).award();
        Map<LocalDate, LearningReview> byDate = reviews.findByAwardIdOrderByDueOn(awardId).stream()
                .collect(Collectors.toMap(LearningReview::getDueOn, Function.identity()));
        byDate.values().stream().filter(r -> r.getDueOn().isAfter(newEndDate) && !r.getStatus().isFinished())
                .forEach(r -> withdraw(r, actor));
        List<LocalDate> missing = awards.learningReviewDates(awardId, newEndDate).stream()
                .filter(d -> !byDate.containsKey(d) || byDate.get(d).getStatus() == LearningReviewStatus.WITHDRAWN)
                .toList();
        if (missing.isEmpty() || !(award.status() == AwardStatus.ACTIVE || award.status() == AwardStatus.SUSPENDED)) {
            return; // before activation only the award's dates matter: activation plans reviews up to its end date
        }
        Optional<String> body = reviewsBody(award.processInstanceId());
        for (LocalDate due : missing) {
            LearningReviewStatus before = byDate.containsKey(due) ? byDate.get(due).getStatus() : null;
            Optional.ofNullable(byDate.get(due)).ifPresent(LearningReview::reinstate);
            start(award, due, body);
            LearningReview review = reviews.findByAwardIdAndDueOn(awardId, due).orElseThrow();
            audit.record(LearningReviews.entry(review, "REVIEW_ADDED", "Learning review due " + due
                    + " added: the award now ends on " + newEndDate, before).by(actor));
        }
    }

    private void withdraw(LearningReview review, String actor) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey("learningReview")
                .processInstanceBusinessKey(review.getAwardId() + "-" + review.getDueOn()).active().singleResult();
        if (instance == null) {
            steps.withdraw(review.getId(), actor);
        } else {
            runtime.createMessageCorrelation(WITHDRAWN_MESSAGE).processInstanceId(instance.getId())
                    .setVariable(WITHDRAWN_BY, actor).correlateWithResult();
        }
    }

    /**
     * A new inner instance of the running runLearningReviews, so grantAward waits for it as for the others; once
     * every earlier review is done (the call activity has completed) the review runs on its own.
     */
    private void start(AwardView award, LocalDate due, Optional<String> body) {
        String dueOn = due.toString();
        if (body.isPresent()) {
            runtime.createProcessInstanceModification(award.processInstanceId())
                    .startBeforeActivity(RUN_REVIEWS, body.get()).setVariableLocal("reviewDueOn", dueOn).execute();
        } else {
            runtime.startProcessInstanceByKey("learningReview", award.id() + "-" + dueOn, Map.of("awardId", award.id(),
                    "partnershipId", award.partnershipId(), "reviewDueOn", dueOn));
        }
    }

    private Optional<String> reviewsBody(String processInstanceId) {
        return processInstanceId == null ? Optional.empty()
                : find(runtime.getActivityInstance(processInstanceId)).map(ActivityInstance::getId);
    }

    private static Optional<ActivityInstance> find(ActivityInstance instance) {
        if (instance == null) {
            return Optional.empty();
        }
        if (REVIEWS_BODY.equals(instance.getActivityId())) {
            return Optional.of(instance);
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            Optional<ActivityInstance> found = find(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
