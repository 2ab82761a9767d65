package org.partnerflow.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partnerflow.award.AwardView;
import org.partnerflow.learning.LearningReviewView;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo learning reviews at each of their steps: Coventry has two signed off (a trend) and its third open for
 * writing; Gwent has one waiting for the learning partner and one waiting for sign-off. Reviews are opened early
 * by running their opening timer, then moved on through the task list as the demo users would.
 */
@Component
@Profile("demo")
class DemoLearning {

    private static final int[][] SCORES = {{4, 3, 4, 3, 3, 2, 2, 3}, {4, 4, 4, 4, 3, 3, 2, 4}, {5, 4, 3, 4, 4, 3, 3, 4},
            {3, 3, 3, 4, 4, 2, 3, 3}};

    private final LearningReviews reviews;
    private final DemoTasks tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final UserDetailsService users;
    private final ObjectMapper json;

    DemoLearning(LearningReviews reviews, DemoTasks tasks, RuntimeService runtime, ManagementService management,
            UserDetailsService users, ObjectMapper json) {
        this.reviews = reviews;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.users = users;
        this.json = json;
    }

    void load(AwardView award, String place) {
        PartnerflowUser manager = user("manager");
        List<LearningReviewView> series = reviews.forPartnership(award.partnershipId(), manager);
        if (series.isEmpty() || series.get(0).status() != org.partnerflow.learning.LearningReviewStatus.PLANNED) {
            return;
        }
        PartnerflowUser partner = user("partner." + place.toLowerCase());
        if (place.equals("Coventry")) {
            signOff(award, series.get(0), partner, 0, "Residents now run two of the community forums.");
            signOff(award, series.get(1), partner, 1, "A men's mental health group meets every week.");
            open(award, series.get(2));
        } else {
            write(award, series.get(0), partner, 2, "The first four people have moved home to Gwent.");
            complete(user("learning"), award, "addReflections", Map.of("reflections",
                    "How will the housing associations share what the first moves taught them?"));
            write(award, series.get(1), partner, 3, "Health, councils and housing now plan placements together.");
        }
    }

    private void signOff(AwardView award, LearningReviewView review, PartnerflowUser partner, int row, String wentWell) {
        write(award, review, partner, row, wentWell);
        complete(user("learning"), award, "addReflections", Map.of("reflections",
                "Which of these changes would last if the grant ended tomorrow?"));
        complete(user("manager"), award, "signOffLearningReview", Map.of("decision", "SIGN_OFF",
                "proposeCaseStudyUpdate", false));
    }

    private void write(AwardView award, LearningReviewView review, PartnerflowUser partner, int row, String wentWell) {
        open(award, review);
        List<Map<String, Object>> ratings = new ArrayList<>();
        List<String> characteristics = reviews.characteristics();
        for (int i = 0; i < characteristics.size(); i++) {
            ratings.add(Map.of("characteristic", characteristics.get(i), "score", SCORES[row][i % 8]));
        }
        complete(partner, award, "writeLearningReview", Map.of("wentWell", wentWell,
                "challengesOvercome", "Finding time for partnership work alongside day jobs in every organisation.",
                "results", "More residents involved in decisions than a year ago.",
                "whatMadeTheDifference", "Leaders who give credit to others and keep meeting when it is hard.",
                "ratings", ratings));
    }

    /** Runs the review's opening timer now, so the demo does not wait for its date. */
    private void open(AwardView award, LearningReviewView review) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey("learningReview")
                .processInstanceBusinessKey(award.id() + "-" + review.dueOn()).singleResult();
        Job opens = management.createJobQuery().processInstanceId(instance.getId()).activityId("learningReviewOpens")
                .singleResult();
        if (opens != null) {
            management.executeJob(opens.getId());
        }
    }

    private void complete(PartnerflowUser user, AwardView award, String key, Object body) {
        WorkItem task = tasks.visibleTo(user, new TaskFilter(key, award.partnershipId(), false, 0, 50)).stream()
                .filter(t -> award.id().equals(t.awardId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo: no " + key + " task for " + award.reference()));
        tasks.complete(task.id(), json.valueToTree(body), user);
    }

    private PartnerflowUser user(String username) {
        return (PartnerflowUser) users.loadUserByUsername(username);
    }
}
