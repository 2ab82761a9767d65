package org.partnerflow.milestone.process;

import java.time.Clock;
import java.time.LocalDate;
import org.partnerflow.milestone.AwardLedger;
import org.partnerflow.milestone.EvidenceFiles;
import org.partnerflow.milestone.MilestoneHistory;
import org.partnerflow.milestone.MilestoneTimeline;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Component;

/**
 * Builds a milestone task page's context from the milestone's history and its award's money. The page is shown only
 * after the task list has checked the user against the task, so the award is read without a further check.
 */
@Component
class MilestoneContexts {

    private final AwardLedger awards;
    private final Clock clock;
    private final EvidenceFiles files;

    MilestoneContexts(AwardLedger awards, Clock clock, EvidenceFiles files) {
        this.awards = awards;
        this.files = files;
        this.clock = clock;
    }

    /** The context of a milestone task, or null when there is no milestone to show. */
    MilestoneContext of(MilestoneHistory history, PartnerflowUser user) {
        if (history == null) {
            return null;
        }
        return new MilestoneContext(history, awards.summary(history.milestone().awardId()),
                MilestoneTimeline.of(history), LocalDate.now(clock),
                files.listed(history.milestone().milestoneId()));
    }
}
