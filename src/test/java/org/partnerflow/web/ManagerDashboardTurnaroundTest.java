package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Review turnaround from Camunda's history: an award of the test's own, in a programme of its own, whose three
 * milestones' evidence is submitted and approved with the engine's clock moved, so the history holds known times.
 */
@DemoAppTest
class ManagerDashboardTurnaroundTest {

    @LocalServerPort int port;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void theMedianDaysFromEvidenceSubmittedToDecisionComeFromTheReviewTasksHistory() {
        ActiveAward award = ActiveAward.ahead(port);
        Api partner = award.partnerApi(port);
        Api manager = Api.demo(port, "manager");
        Instant now = Instant.now();
        // evidence submitted 120, 40 and 20 days ago; decided 9, 2 and 4 days later
        int[][] reviews = {{120, 9}, {40, 2}, {20, 4}};
        for (int i = 0; i < reviews.length; i++) {
            long milestoneId = award.milestone(i).id();
            Instant submitted = now.minus(Duration.ofDays(reviews[i][0]));
            ClockUtil.setCurrentTime(Date.from(submitted));
            award.complete(partner, "submitMilestoneEvidence", milestoneId, Map.of("narrative", "Hubs open, see photos."));
            ClockUtil.setCurrentTime(Date.from(submitted.plus(Duration.ofDays(reviews[i][1]))));
            award.complete(manager, "reviewMilestoneEvidence", milestoneId, Map.of("decision", "APPROVE"));
        }
        ClockUtil.reset();

        JsonNode dashboard = manager.get("/api/v1/dashboard/manager?programmeId=" + award.partnership().programmeId()).json();
        JsonNode turnaround = dashboard.get("reviewTurnaround");
        assertThat(turnaround.get("taskDefinitionKey").asText()).isEqualTo("reviewMilestoneEvidence");
        assertThat(turnaround.at("/allTime/reviews").asInt()).isEqualTo(3);
        assertThat(turnaround.at("/allTime/medianDays").decimalValue()).isEqualByComparingTo("4.0");
        assertThat(turnaround.at("/last90Days/reviews").asInt()).isEqualTo(2);
        assertThat(turnaround.at("/last90Days/medianDays").decimalValue()).isEqualByComparingTo("3.0");

        // each approval asked the team to propose a release: tasks created 111, 38 and 16 days ago
        JsonNode open = dashboard.get("openTasks");
        assertThat(open.get("total").asInt()).isEqualTo(3);
        JsonNode propose = open.get("byType").get(0);
        assertThat(propose.get("taskDefinitionKey").asText()).isEqualTo("proposeTrancheRelease");
        assertThat(propose.at("/byAge/underSevenDays").asInt()).isZero();
        assertThat(propose.at("/byAge/sevenToThirtyDays").asInt()).isEqualTo(1);
        assertThat(propose.at("/byAge/overThirtyDays").asInt()).isEqualTo(2);
        assertThat(propose.get("oldestAgeDays").asLong()).isEqualTo(111);
    }

    @Test
    void aProgrammeWithNoReviewsYetHasNoMedian() {
        NewPartnership fresh = NewPartnership.create(port);
        JsonNode dashboard = Api.demo(port, "manager")
                .get("/api/v1/dashboard/manager?programmeId=" + fresh.programmeId()).json();
        assertThat(dashboard.at("/reviewTurnaround/allTime/reviews").asInt()).isZero();
        assertThat(dashboard.at("/reviewTurnaround/allTime/medianDays").isNull()).isTrue();
        assertThat(dashboard.at("/openTasks/total").asInt()).isZero();
        assertThat(dashboard.at("/overdue/total").asInt()).isZero();
        assertThat(dashboard.get("awardsEndingSoon")).isEmpty();
    }
}
