package org.partnerflow.milestone;

import java.util.List;
import org.partnerflow.tasks.FollowUpView;

/** A milestone and everything done about it: evidence rounds, reviews, follow-ups, release decisions, re-plans. */
public record MilestoneHistory(MilestoneFacts milestone, List<EvidenceSubmission> submissions,
        List<EvidenceReview> reviews, List<FollowUpView> followUps, List<TrancheRelease> releases,
        List<MilestoneVariation> variations) {
}
