package org.partnerflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/**
 * RAG is monotonic: more overdue or soon-due milestones, poorer collaboration health, an older last review or a
 * later today never make a partnership look better.
 */
class RagRulePropertiesTest {

    static final LocalDate START = LocalDate.of(2026, 4, 1);

    @Property
    void moreOverdueOrDueSoonMilestonesNeverImproveTheRag(@ForAll @IntRange(max = 5) int overdue,
            @ForAll @IntRange(max = 5) int dueSoon, @ForAll @IntRange(max = 3) int moreOverdue,
            @ForAll @IntRange(max = 3) int moreDueSoon, @ForAll("health") BigDecimal health,
            @ForAll @DateRange(min = "2026-04-01", max = "2028-12-31") LocalDate lastReview,
            @ForAll @IntRange(min = 0, max = 400) int daysLater) {
        LocalDate today = lastReview.plusDays(daysLater);
        RagRules.Rag before = RagRules.of(overdue, dueSoon, health, lastReview, START, 6, today);
        RagRules.Rag after = RagRules.of(overdue + moreOverdue, dueSoon + moreDueSoon, health, lastReview, START, 6, today);
        assertThat(after).isGreaterThanOrEqualTo(before);
        if (overdue + moreOverdue > 0) {
            assertThat(after).isEqualTo(RagRules.Rag.RED);
        }
    }

    @Property
    void poorerHealthNeverImprovesTheRag(@ForAll @IntRange(max = 2) int overdue, @ForAll @IntRange(max = 2) int dueSoon,
            @ForAll("health") BigDecimal health, @ForAll("health") BigDecimal other,
            @ForAll @DateRange(min = "2026-04-01", max = "2028-12-31") LocalDate lastReview,
            @ForAll @IntRange(min = 0, max = 400) int daysLater) {
        Assume.that(health != null && other != null); // no score yet is neither better nor worse than a score
        BigDecimal better = health.max(other);
        BigDecimal worse = health.min(other);
        LocalDate today = lastReview.plusDays(daysLater);
        assertThat(RagRules.of(overdue, dueSoon, worse, lastReview, START, 6, today))
                .isGreaterThanOrEqualTo(RagRules.of(overdue, dueSoon, better, lastReview, START, 6, today));
    }

    @Property
    void anOlderLastReviewOrALaterTodayNeverImprovesTheRag(@ForAll @IntRange(max = 1) int dueSoon,
            @ForAll("health") BigDecimal health,
            @ForAll @DateRange(min = "2026-04-01", max = "2028-12-31") LocalDate lastReview,
            @ForAll @IntRange(min = 0, max = 400) int olderBy, @ForAll @IntRange(min = 0, max = 400) int daysLater,
            @ForAll @IntRange(min = 0, max = 400) int laterStill, @ForAll @IntRange(min = 1, max = 12) int cadence) {
        LocalDate today = lastReview.plusDays(daysLater);
        RagRules.Rag now = RagRules.of(0, dueSoon, health, lastReview, START, cadence, today);
        assertThat(RagRules.of(0, dueSoon, health, lastReview.minusDays(olderBy), START, cadence, today))
                .isGreaterThanOrEqualTo(now);
        assertThat(RagRules.of(0, dueSoon, health, lastReview, START, cadence, today.plusDays(laterStill)))
                .isGreaterThanOrEqualTo(now);
    }

    /** A collaboration health score between 1.00 and 5.00, or none yet. */
    @Provide
    Arbitrary<BigDecimal> health() {
        return Arbitraries.integers().between(100, 500).map(h -> BigDecimal.valueOf(h, 2)).injectNull(0.1);
    }
}
