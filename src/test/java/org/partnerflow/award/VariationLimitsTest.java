package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.DomainRuleViolation.FieldRule;

/** The rules an award variation's amount and end date are checked against, without Spring or the engine. */
class VariationLimitsTest {

    static final LocalDate START = LocalDate.of(2027, 4, 1);
    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    /** £300,000 awarded, £100,000 released and £150,000 approved or released; cap £450,000, 36 months, £120,000 left. */
    static final VariationLimits LIMITS = new VariationLimits(1, 2, 3, "360G-PF-T-1", AwardStatus.ACTIVE,
            new BigDecimal("300000.00"), new BigDecimal("100000.00"), new BigDecimal("150000.00"), START,
            LocalDate.of(2029, 3, 31), LocalDate.of(2027, 9, 30), new BigDecimal("450000.00"), 36,
            new BigDecimal("120000.00"));

    @Test
    void anAmountWithinTheCapTheBudgetAndAboveWhatIsCommittedPasses() {
        assertThat(LIMITS.check(new BigDecimal("420000.00"), null, TODAY)).isEmpty();
        assertThat(LIMITS.check(new BigDecimal("150000.00"), null, TODAY)).isEmpty();
    }

    @Test
    void anAmountBeyondTheCapTheBudgetOrBelowWhatIsCommittedIsRefusedNamingIt() {
        assertThat(LIMITS.check(new BigDecimal("460000.00"), null, TODAY)).extracting(FieldRule::message)
                .anyMatch(m -> m.contains("cap per award")).anyMatch(m -> m.contains("remaining budget"));
        assertThat(LIMITS.check(new BigDecimal("420000.01"), null, TODAY)).singleElement()
                .satisfies(r -> assertThat(r.field()).isEqualTo("amountAwarded"));
        assertThat(LIMITS.check(new BigDecimal("149999.99"), null, TODAY)).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("already approved or released (£150,000.00)"));
    }

    @Test
    void anEndDateWithinTheMaximumDurationNotPastAndNotBeforeAnApprovedMilestonePasses() {
        assertThat(LIMITS.latestEndDate()).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThat(LIMITS.check(null, LocalDate.of(2030, 3, 31), TODAY)).isEmpty();
        assertThat(LIMITS.check(null, LocalDate.of(2030, 4, 1), TODAY)).extracting(FieldRule::field)
                .containsExactly("endDate");
        assertThat(LIMITS.check(null, LocalDate.of(2027, 9, 29), TODAY)).extracting(FieldRule::message)
                .anyMatch(m -> m.contains("approved milestone"));
        assertThat(LIMITS.check(null, LocalDate.of(2027, 5, 31), TODAY)).extracting(FieldRule::message)
                .anyMatch(m -> m.contains("past"));
    }

    @Test
    void aNewEndDateCountsItsWholeMonthsRoundedUp() {
        AwardPeriod period = AwardPeriod.of(START, 24);
        assertThat(period.endingOn(LocalDate.of(2029, 9, 30))).isEqualTo(new AwardPeriod(START, 30,
                LocalDate.of(2029, 9, 30)));
        assertThat(period.endingOn(LocalDate.of(2029, 6, 15)).durationMonths()).isEqualTo(27);
        assertThat(period.endingOn(LocalDate.of(2028, 3, 31)).durationMonths()).isEqualTo(12);
    }
}
