package org.partnerflow.milestone.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.partnerflow.milestone.AwardLedger;
import org.partnerflow.milestone.EvidenceFiles;
import org.partnerflow.milestone.MilestoneFacts;
import org.partnerflow.milestone.MilestoneStatus;
import org.partnerflow.milestone.EvidenceReview;
import org.partnerflow.milestone.EvidenceSubmission;
import org.partnerflow.milestone.MilestoneHistory;
import org.partnerflow.milestone.MilestoneTimeline;
import org.partnerflow.milestone.ReviewRequest;
import org.partnerflow.milestone.TrancheRelease;

/**
 * What a milestone task's page shows beside and in its form: the milestone as it stands, its history, its award's
 * money, and the answers to the questions each form asks (how late is it, what was asked for, who proposed).
 */
record MilestoneContext(MilestoneHistory history, AwardLedger.AwardSummary award, List<MilestoneTimeline.Entry> timeline,
        LocalDate today, List<EvidenceFiles.ListedFile> files) {

    public MilestoneFacts facts() {
        return history.milestone();
    }

    public boolean isOverdue() {
        return facts().status() == MilestoneStatus.OVERDUE;
    }

    /** Whole days past the due date; evidence is on time all through its due day, so that day counts as 0. */
    public long daysOverdue() {
        return Math.max(0, ChronoUnit.DAYS.between(facts().dueDate(), today));
    }

    /** The latest round of evidence, or null before the first. */
    public EvidenceSubmission latestSubmission() {
        List<EvidenceSubmission> rounds = history.submissions();
        return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    }

    /** The reviews that sent the evidence back, newest first: what the partnership has been asked to change. */
    public List<EvidenceReview> returns() {
        return history.reviews().stream()
                .filter(r -> ReviewRequest.Decision.REQUEST_CHANGES.name().equals(r.getDecision()))
                .sorted(Comparator.comparing(EvidenceReview::getReviewedAt).reversed())
                .toList();
    }

    /** The release proposal a funder has still to decide on, or null. */
    public TrancheRelease openProposal() {
        return history.releases().stream().filter(r -> r.getDecision() == null)
                .max(Comparator.comparing(TrancheRelease::getProposedAt)).orElse(null);
    }

    /** How much of the award will have been released once this milestone's tranche is paid. */
    public BigDecimal releasedAfterThisTranche() {
        BigDecimal tranche = facts().trancheAmount() == null ? BigDecimal.ZERO : facts().trancheAmount();
        return award.amountReleased().add(tranche);
    }
}
