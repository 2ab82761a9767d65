package org.partnerflow.milestone.process;

import java.time.Clock;
import java.time.LocalDate;
import org.partnerflow.award.Awards;
import org.partnerflow.milestone.MilestoneHistory;
import org.partnerflow.milestone.MilestoneTimeline;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Component;

/** Builds a milestone task page's context from the milestone's history, with its award read as the user. */
@Component
class MilestoneContexts {

    private final Awards awards;
    private final Clock clock;

    MilestoneContexts(Awards awards, Clock clock) {
        this.awards = awards;
        this.clock = clock;
    }

    /** The context of a milestone task, or null when there is no milestone to show. */
    MilestoneContext of(MilestoneHistory history, PartnerflowUser user) {
        if (history == null) {
            return null;
        }
        // The award as this user may read it: the money a release decision is about, never another partnership's.
        return new MilestoneContext(history, awards.get(history.milestone().awardId(), user).award(),
                MilestoneTimeline.of(history), LocalDate.now(clock));
    }
}
