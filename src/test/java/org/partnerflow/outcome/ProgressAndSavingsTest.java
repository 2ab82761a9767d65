package org.partnerflow.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress to target and the benefits arithmetic, in BigDecimal with the rounding the classes state. */
class ProgressAndSavingsTest {

    static final List<Savings.Cohort> GWENT = List.of(
            new Savings.Cohort("First four urgent cases", 4, new BigDecimal("200000.00"), new BigDecimal("128750.00")),
            new Savings.Cohort("Rest of the out-of-county placements", 20, new BigDecimal("200000.00"), new BigDecimal("128750.00")),
            new Savings.Cohort("Rest of the people eligible for continuing health care", 54, new BigDecimal("200000.00"),
                    new BigDecimal("128750.00")));

    @Test
    void progressOfAnIncreasingIndicatorIsTheShareOfTheDistanceFromBaselineToTarget() {
        Progress p = Progress.of(Direction.INCREASE, new BigDecimal("10"), new BigDecimal("40"), new BigDecimal("20"));
        assertThat(p.percent()).isEqualByComparingTo("33.3");
        assertThat(p.raw().toPlainString()).startsWith("33.33333333");
        assertThat(p.reached()).isFalse();
    }

    @Test
    void progressOfADecreasingIndicatorCountsTheFallFromTheBaseline() {
        Progress p = Progress.of(Direction.DECREASE, new BigDecimal("40"), new BigDecimal("20"), new BigDecimal("35"));
        assertThat(p.percent()).isEqualByComparingTo("25.0");
        assertThat(Progress.of(Direction.DECREASE, new BigDecimal("40"), new BigDecimal("20"), new BigDecimal("45"))
                .percent()).isEqualByComparingTo("-25.0");
    }

    @Test
    void roundingIsHalfUpToOneDecimalAndTheDisplayIsCappedButTheRawValueIsKept() {
        // 1/16 = 6.25 % -> 6.3 (HALF_UP, not banker's 6.2)
        assertThat(Progress.of(Direction.INCREASE, BigDecimal.ZERO, new BigDecimal("16"), BigDecimal.ONE).percent())
                .isEqualByComparingTo("6.3");
        Progress over = Progress.of(Direction.INCREASE, BigDecimal.ZERO, new BigDecimal("4"), new BigDecimal("5"));
        assertThat(over.percent()).isEqualByComparingTo("125.0");
        assertThat(over.shown()).isEqualByComparingTo("100.0");
        assertThat(over.reached()).isTrue();
        Progress under = Progress.of(Direction.INCREASE, BigDecimal.TEN, new BigDecimal("20"), BigDecimal.ONE);
        assertThat(under.shown()).isEqualByComparingTo("0.0");
        assertThat(under.raw()).isNegative();
    }

    @Test
    void progressIsUndefinedWithoutAnActualOrWhenTheTargetIsTheBaseline() {
        assertThat(Progress.of(Direction.INCREASE, BigDecimal.ONE, BigDecimal.TEN, null)).isNull();
        assertThat(Progress.of(Direction.INCREASE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)).isNull();
    }

    @Test
    void theInOnePlaceCohortsGiveTheSavingsOfTheCase() {
        assertThat(GWENT.get(0).perPersonSaving()).isEqualByComparingTo("71250.00");
        assertThat(GWENT.get(0).annualSaving()).isEqualByComparingTo("285000.00");
        assertThat(Savings.scaling(GWENT)).extracting(Savings.Step::people).containsExactly(4, 24, 78);
        assertThat(Savings.scaling(GWENT)).extracting(Savings.Step::annualSaving).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("285000.00"), new BigDecimal("1710000.00"), new BigDecimal("5557500.00"));
        assertThat(Savings.projected(GWENT)).isEqualByComparingTo("5557500.00");
    }

    @Test
    void peopleFillTheCohortsInOrderAndBeyondThemSaveAtTheLastRate() {
        List<Savings.Cohort> mixed = List.of(
                new Savings.Cohort("a", 2, new BigDecimal("100.00"), new BigDecimal("40.00")),
                new Savings.Cohort("b", 3, new BigDecimal("100.00"), new BigDecimal("90.00")));
        assertThat(Savings.annualSavingFor(new BigDecimal("1"), mixed)).isEqualByComparingTo("60");
        assertThat(Savings.annualSavingFor(new BigDecimal("4"), mixed)).isEqualByComparingTo("140");
        assertThat(Savings.annualSavingFor(new BigDecimal("7"), mixed)).isEqualByComparingTo("170");
        assertThat(Savings.annualSavingFor(new BigDecimal("-3"), mixed)).isEqualByComparingTo("0");
    }

    @Test
    void theRealisedSavingCountsApprovedPeopleForTheDaysOfEachPeriodDividedBy365Once() {
        LocalDate baseline = LocalDate.of(2026, 3, 31);
        // 2 people for the 30 days of April, 4 people for the 31 days of May
        BigDecimal realised = Savings.realised(GWENT, BigDecimal.ZERO, baseline, List.of(
                new Savings.Point(LocalDate.of(2026, 5, 31), new BigDecimal("4")),
                new Savings.Point(LocalDate.of(2026, 4, 30), new BigDecimal("2"))));
        // (2 x 71250 x 30 + 4 x 71250 x 31) / 365 = 13110000 / 365 = 35917.808... -> 35917.81
        assertThat(realised).isEqualByComparingTo("35917.81");
        assertThat(realised.scale()).isEqualTo(2);
        assertThat(Savings.realised(GWENT, BigDecimal.ZERO, baseline, List.of())).isEqualByComparingTo("0.00");
        // people already on the model at the baseline are not a saving of the partnership
        assertThat(Savings.realised(GWENT, new BigDecimal("4"), baseline,
                List.of(new Savings.Point(LocalDate.of(2026, 4, 30), new BigDecimal("4"))))).isEqualByComparingTo("0.00");
    }

    @Test
    void periodsFollowTheCadenceAndTheLastOneEndsWithTheAward() {
        LocalDate start = LocalDate.of(2026, 4, 1);
        assertThat(OutcomeCadence.periodEnds(start, LocalDate.of(2029, 3, 31), 3)).hasSize(12)
                .startsWith(LocalDate.of(2026, 6, 30)).endsWith(LocalDate.of(2029, 3, 31));
        assertThat(OutcomeCadence.periodEnds(start, LocalDate.of(2026, 11, 15), 3))
                .containsExactly(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 15));
        assertThat(OutcomeCadence.next(start, LocalDate.of(2028, 3, 31), 1, LocalDate.of(2026, 4, 30)))
                .isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(OutcomeCadence.next(start, LocalDate.of(2026, 6, 30), 3, LocalDate.of(2026, 6, 30))).isNull();
    }
}
