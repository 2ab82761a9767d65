package org.partnerflow.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.milestone.MilestoneHistory;
import org.partnerflow.milestone.MilestoneTimeline;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Component;

/** Builds a milestone task's context from the form data milestoneDelivery gives it, with its award read as the user. */
@Component
class MilestoneContexts {

    private final AwardQueries awards;
    private final Clock clock;

    MilestoneContexts(AwardQueries awards, Clock clock) {
        this.awards = awards;
        this.clock = clock;
    }

    /** The context of a milestone task, or null for a task about something else. */
    MilestoneContext of(Map<String, Object> data, PartnerflowUser user) {
        MilestoneHistory history = TaskPrefill.milestone(data);
        if (history == null) {
            return null;
        }
        // The award as this user may read it: the money a release decision is about, never another partnership's.
        return new MilestoneContext(history, awards.get(history.milestone().awardId(), user).award(),
                MilestoneTimeline.of(history), LocalDate.now(clock));
    }
}
