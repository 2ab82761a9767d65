package org.partnerflow.milestone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partnerflow.tasks.FollowUpView;

/**
 * A milestone's history as one list in the order it happened, for pages: evidence rounds, reviews, follow-ups,
 * release proposals and decisions, re-plans. Entries copy what they show, so a page never touches an entity.
 */
public final class MilestoneTimeline {

    private MilestoneTimeline() {
    }

    /** What happened. */
    public enum Kind { SUBMITTED, REVIEWED, FOLLOWED_UP, RELEASE_PROPOSED, RELEASE_DECIDED, REPLANNED }

    /**
     * One thing done about the milestone, by whom and when. Only the fields its kind uses are set: the round of
     * evidence or review, the decision (APPROVE, REQUEST_CHANGES, RELEASE, HOLD), the amount of a release, the
     * old and new due dates of a re-plan, the words written and the links given.
     */
    public record Entry(Kind kind, Instant at, String by, int round, String decision, BigDecimal amount,
            LocalDate from, LocalDate to, String text, List<String> links) {
    }

    public static List<Entry> of(MilestoneHistory history) {
        List<Entry> entries = new ArrayList<>();
        for (EvidenceSubmission s : history.submissions()) {
            entries.add(new Entry(Kind.SUBMITTED, s.getSubmittedAt(), s.getSubmittedBy(), s.getRound(), null, null,
                    null, null, s.getNarrative(), s.getLinks()));
        }
        for (EvidenceReview r : history.reviews()) {
            entries.add(new Entry(Kind.REVIEWED, r.getReviewedAt(), r.getReviewedBy(), r.getRound(), r.getDecision(),
                    null, null, null, r.getComments(), List.of()));
        }
        for (FollowUpView f : history.followUps()) {
            entries.add(new Entry(Kind.FOLLOWED_UP, f.recordedAt(), f.recordedBy(), 0, null, null, null, null,
                    f.note(), List.of()));
        }
        for (TrancheRelease r : history.releases()) {
            entries.add(new Entry(Kind.RELEASE_PROPOSED, r.getProposedAt(), r.getProposedBy(), 0, null, r.getAmount(),
                    null, null, r.getProposalComments(), List.of()));
            if (r.getDecision() != null) {
                entries.add(new Entry(Kind.RELEASE_DECIDED, r.getDecidedAt(), r.getDecidedBy(), 0, r.getDecision(),
                        r.getAmount(), null, null, r.getDecisionComments(), List.of()));
            }
        }
        for (MilestoneVariation v : history.variations()) {
            entries.add(new Entry(Kind.REPLANNED, v.getVariedAt(), v.getVariedBy(), 0, null, null, v.getOldDueDate(),
                    v.getNewDueDate(), v.getReason(), List.of()));
        }
        // Stable sort: things recorded in the same instant keep the order above (a submission before its review).
        entries.sort(Comparator.comparing(Entry::at));
        return List.copyOf(entries);
    }
}
