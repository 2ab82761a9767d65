package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearningCadenceTest {

    static final LocalDate START = LocalDate.of(2026, 4, 1);

    @Test
    void aThirtySixMonthAwardReviewedEverySixMonthsHasSixReviewsTheLastOnItsEndDate() {
        List<LocalDate> dates = LearningCadence.dueDates(START, 36, 6);
        assertThat(dates).hasSize(6).first().isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(dates.get(5)).isEqualTo(AwardPeriod.endDate(START, 36)).isEqualTo(LocalDate.of(2029, 3, 31));
    }

    @Test
    void noReviewFallsAfterTheAwardEnds() {
        assertThat(LearningCadence.dueDates(START, 10, 6)).containsExactly(LocalDate.of(2026, 9, 30));
        assertThat(LearningCadence.dueDates(START, 5, 6)).isEmpty();
        assertThat(LearningCadence.dueDates(START, 24, 12)).containsExactly(LocalDate.of(2027, 3, 31),
                LocalDate.of(2028, 3, 31));
    }

    @Test
    void anEndDateMovedToTheMiddleOfAMonthKeepsOnlyTheReviewsDueByIt() {
        assertThat(LearningCadence.dueDates(START, LocalDate.of(2027, 3, 30), 6)).containsExactly(LocalDate.of(2026, 9, 30));
        assertThat(LearningCadence.dueDates(START, LocalDate.of(2027, 6, 15), 3)).containsExactly(
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31));
        assertThat(LearningCadence.dueDates(START, 36, 6)).isEqualTo(LearningCadence.dueDates(START,
                AwardPeriod.endDate(START, 36), 6));
    }
}
