package org.partnerflow.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.milestone.MilestoneTimeline.Kind;
import org.partnerflow.tasks.FollowUpView;

/** A milestone's records read as one story, oldest first, with a release's proposal and decision as two steps. */
class MilestoneTimelineTest {

    static final Instant T = Instant.parse("2027-10-01T09:00:00Z");

    @Test
    void everythingDoneAboutAMilestoneIsListedInTheOrderItHappened() {
        TrancheRelease release = new TrancheRelease(7L, new BigDecimal("100000.00"), "manager", T.plusSeconds(400), "Approved");
        release.decide("RELEASE", "funder", T.plusSeconds(500), null);
        MilestoneHistory history = new MilestoneHistory(null,
                List.of(new EvidenceSubmission(1L, 1, "First go", List.of("https://example.org/a"), "partner", T),
                        new EvidenceSubmission(1L, 2, "With numbers", List.of(), "partner", T.plusSeconds(200))),
                List.of(new EvidenceReview(1L, 1, "REQUEST_CHANGES", "Add numbers", "manager", T.plusSeconds(100)),
                        new EvidenceReview(1L, 2, "APPROVE", null, "manager", T.plusSeconds(300))),
                List.of(new FollowUpView("Phoned them", "manager", T.minusSeconds(100))),
                List.of(release),
                List.of(new MilestoneVariation(1L, LocalDate.of(2027, 9, 30), LocalDate.of(2027, 10, 31), "Venue late",
                        "manager", T.plusSeconds(600))));

        List<MilestoneTimeline.Entry> entries = MilestoneTimeline.of(history);

        assertThat(entries).extracting(MilestoneTimeline.Entry::kind).containsExactly(Kind.FOLLOWED_UP, Kind.SUBMITTED,
                Kind.REVIEWED, Kind.SUBMITTED, Kind.REVIEWED, Kind.RELEASE_PROPOSED, Kind.RELEASE_DECIDED, Kind.REPLANNED);
        assertThat(entries.get(1).links()).containsExactly("https://example.org/a");
        assertThat(entries.get(2).decision()).isEqualTo("REQUEST_CHANGES");
        assertThat(entries.get(2).text()).isEqualTo("Add numbers");
        assertThat(entries.get(6).by()).isEqualTo("funder");
        assertThat(entries.get(6).amount()).isEqualByComparingTo("100000.00");
        assertThat(entries.get(7).from()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(entries.get(7).to()).isEqualTo(LocalDate.of(2027, 10, 31));
    }

    @Test
    void aProposalNotYetDecidedIsOneStep() {
        TrancheRelease open = new TrancheRelease(7L, new BigDecimal("100000.00"), "manager", T, null);
        MilestoneHistory history = new MilestoneHistory(null, List.of(), List.of(), List.of(), List.of(open), List.of());

        assertThat(MilestoneTimeline.of(history)).extracting(MilestoneTimeline.Entry::kind)
                .containsExactly(Kind.RELEASE_PROPOSED);
    }
}
