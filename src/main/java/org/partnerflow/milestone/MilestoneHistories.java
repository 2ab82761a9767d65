package org.partnerflow.milestone;

import java.util.List;
import org.partnerflow.milestone.MilestoneFacts;
import org.partnerflow.milestone.MilestonePlan;
import org.partnerflow.tasks.FollowUp;
import org.partnerflow.tasks.FollowUps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a milestone's history: its evidence rounds, reviews, overdue follow-ups, release decisions and re-plans. */
@Component
class MilestoneHistories {

    private final MilestonePlan plan;
    private final EvidenceSubmissionRepository submissions;
    private final EvidenceReviewRepository reviews;
    private final FollowUps followUps;
    private final TrancheReleaseRepository releases;
    private final MilestoneVariationRepository variations;

    MilestoneHistories(MilestonePlan plan, EvidenceSubmissionRepository submissions, EvidenceReviewRepository reviews,
            FollowUps followUps, TrancheReleaseRepository releases, MilestoneVariationRepository variations) {
        this.plan = plan;
        this.submissions = submissions;
        this.reviews = reviews;
        this.followUps = followUps;
        this.releases = releases;
        this.variations = variations;
    }

    @Transactional(readOnly = true)
    MilestoneHistory of(long milestoneId) {
        MilestoneFacts facts = plan.facts(milestoneId);
        List<EvidenceSubmission> rounds = submissions.findByMilestoneIdOrderByRound(milestoneId);
        rounds.forEach(EvidenceSubmission::getLinks); // load the links while the session is open
        return new MilestoneHistory(facts, rounds,
                reviews.findByMilestoneIdOrderByReviewedAt(milestoneId),
                followUps.of(FollowUp.Kind.MILESTONE, milestoneId),
                facts.trancheId() == null ? List.of() : releases.findByTrancheIdOrderByProposedAt(facts.trancheId()),
                variations.findByMilestoneIdOrderByVariedAt(milestoneId));
    }
}
