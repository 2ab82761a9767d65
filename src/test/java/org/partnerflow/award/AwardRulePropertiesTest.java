package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.time.api.constraints.DateRange;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.shared.DomainRuleViolation;

/**
 * The money and date rules of proposals, panel decisions, spend returns and learning reviews, for any amounts and
 * dates: what must be refused always is, what must be accepted always is.
 */
class AwardRulePropertiesTest {

    static final BigDecimal CAP = new BigDecimal("450000.00");
    static final ProgrammeTerms TERMS = new ProgrammeTerms(CAP, new BigDecimal("2000000.00"), 36,
            Set.of(OrganisationType.VCSE));
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Property
    void aProposalOverTheCapIsAlwaysRefusedOnItsAmount(@ForAll @LongRange(min = 45_000_001L, max = 999_999_999L) long pence) {
        BigDecimal asked = BigDecimal.valueOf(pence, 2);
        assertThat(fields(ProposalRules.check(proposal(asked, split(asked, 3), AwardFixture.START, 36), TERMS)))
                .contains("amountRequested");
    }

    @Property
    void aWellFormedProposalWithinTheCapIsAccepted(@ForAll @LongRange(min = 300L, max = 45_000_000L) long pence,
            @ForAll @IntRange(min = 1, max = 12) int milestones) {
        BigDecimal asked = BigDecimal.valueOf(pence, 2);
        assertThat(ProposalRules.check(proposal(asked, split(asked, milestones), AwardFixture.START, 36), TERMS))
                .isEmpty();
    }

    @Property
    void tranchesThatDoNotAddUpToTheAmountAreAlwaysRefused(@ForAll @LongRange(min = 300L, max = 45_000_000L) long pence,
            @ForAll @LongRange(min = -100_000L, max = 100_000L) long skewPence, @ForAll @IntRange(min = 1, max = 12) int n) {
        BigDecimal asked = BigDecimal.valueOf(pence, 2);
        List<BigDecimal> tranches = new ArrayList<>(split(asked, n));
        BigDecimal skewed = tranches.get(0).add(BigDecimal.valueOf(skewPence, 2));
        Assume.that(skewPence != 0 && skewed.signum() > 0); // only an unequal sum of positive tranches is of interest
        tranches.set(0, skewed);
        assertThat(fields(ProposalRules.check(proposal(asked, tranches, AwardFixture.START, 36), TERMS)))
                .contains("milestones");
    }

    @Property
    void aMilestoneDueOutsideTheAwardPeriodIsAlwaysRefusedAndOneInsideNever(
            @ForAll @DateRange(min = "2020-01-01", max = "2040-12-31") LocalDate start,
            @ForAll @IntRange(min = 1, max = 36) int months,
            @ForAll @IntRange(min = -800, max = 1900) int dayOffset) {
        LocalDate due = start.plusDays(dayOffset);
        LocalDate end = AwardPeriod.endDate(start, months);
        boolean inside = !due.isBefore(start) && !due.isAfter(end);
        ProposalRequest proposal = proposal(new BigDecimal("1000.00"), List.of(new BigDecimal("1000.00")), start, months,
                due);
        assertThat(fields(ProposalRules.check(proposal, TERMS)).contains("milestones[0].dueDate")).isEqualTo(!inside);
        assertThat(AwardPeriod.contains(start, months, due)).isEqualTo(inside);
    }

    @Property
    void aPanelApprovingMoreThanTheRequestOrTheCapIsAlwaysRefused(
            @ForAll @LongRange(min = 300L, max = 45_000_000L) long requestedPence,
            @ForAll @LongRange(min = 1L, max = 100_000_000L) long overPence) {
        BigDecimal requested = BigDecimal.valueOf(requestedPence, 2);
        AwardFixture.Proposed award = proposed(requested);
        BigDecimal amount = requested.add(BigDecimal.valueOf(overPence, 2));
        assertThatThrownBy(() -> DecisionRules.check(approve(amount, null), award.requested(), award.planned(), CAP))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.errors()).extracting(DomainRuleViolation.FieldRule::field).contains("amountAwarded"));
        BigDecimal lowCap = requested.subtract(new BigDecimal("0.01")); // at least 2.99: the request is 3.00 or more
        assertThatThrownBy(() -> DecisionRules.check(approve(requested, null), award.requested(), award.planned(), lowCap))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("amountAwarded");
    }

    @Property
    void anApprovalsTranchesMustAddUpToTheAwardExactly(@ForAll @LongRange(min = 300L, max = 45_000_000L) long requestedPence,
            @ForAll @IntRange(min = 1, max = 100) int percent, @ForAll @LongRange(min = -500L, max = 500L) long skewPence) {
        BigDecimal requested = BigDecimal.valueOf(requestedPence, 2);
        AwardFixture.Proposed award = proposed(requested);
        BigDecimal amount = requested.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
                java.math.RoundingMode.DOWN);
        Assume.that(amount.compareTo(new BigDecimal("0.03")) >= 0); // three tranches of at least a penny each
        List<BigDecimal> tranches = new ArrayList<>(split(amount, 3));
        if (skewPence == 0) {
            assertThat(DecisionRules.check(approve(amount, tranches), award.requested(), award.planned(), CAP)).isEqualTo(tranches);
        } else {
            tranches.set(2, tranches.get(2).add(BigDecimal.valueOf(skewPence, 2)));
            assertThatThrownBy(() -> DecisionRules.check(approve(amount, tranches), award.requested(), award.planned(), CAP))
                    .isInstanceOfSatisfying(DomainRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("trancheAmounts"));
        }
    }

    @Property
    void aProportionalReprofileAddsUpToTheNewTotalAndStaysWithinAPennyOfEachExactShare(
            @ForAll("amountLists") List<Long> pence, @ForAll @IntRange(min = 1, max = 100) int percent) {
        List<BigDecimal> amounts = pence.stream().map(p -> BigDecimal.valueOf(p, 2)).toList();
        BigDecimal old = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = old.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
                java.math.RoundingMode.DOWN);
        List<BigDecimal> shares = Reprofile.proportionally(amounts, total);
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal exact = amounts.get(i).multiply(total).divide(old, 10, java.math.RoundingMode.HALF_EVEN);
            assertThat(shares.get(i).subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            assertThat(shares.get(i).scale()).isEqualTo(2);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Long>> amountLists() {
        return net.jqwik.api.Arbitraries.longs().between(1L, 50_000_000L).list().ofMinSize(1).ofMaxSize(10);
    }

    @Property
    void aSpendReturnIsNeverNegativeNorWrittenFinerThanPence(
            @ForAll @LongRange(min = -999_999_999L, max = 999_999_999L) long unscaled, @ForAll @IntRange(max = 3) int scale) {
        BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
        boolean valid = amount.signum() >= 0 && amount.scale() <= 2; // 1.230 is refused too: nothing is rounded
        SpendReturnRequest request = new SpendReturnRequest(1, amount, null, null);
        assertThat(VALIDATOR.validate(request).stream().map(v -> v.getPropertyPath().toString()).toList()
                .contains("amountSpent")).as(amount.toPlainString()).isEqualTo(!valid);
    }

    @Property
    void learningReviewsFallEveryCadenceWithinTheAward(
            @ForAll @DateRange(min = "2020-01-01", max = "2040-12-31") LocalDate start,
            @ForAll @IntRange(min = 1, max = 120) int months, @ForAll @IntRange(min = 1, max = 36) int cadence) {
        List<LocalDate> due = LearningCadence.dueDates(start, months, cadence);
        assertThat(due).hasSize(months / cadence);
        assertThat(due).isSorted().doesNotHaveDuplicates()
                .allSatisfy(d -> assertThat(AwardPeriod.contains(start, months, d)).isTrue());
        for (int i = 0; i < due.size(); i++) {
            assertThat(due.get(i)).isEqualTo(start.plusMonths((long) (i + 1) * cadence).minusDays(1));
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------

    /** The amount in n tranches of whole pence, the last taking the remainder. */
    static List<BigDecimal> split(BigDecimal amount, int n) {
        BigDecimal part = amount.divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.DOWN);
        List<BigDecimal> parts = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            parts.add(part);
        }
        parts.add(amount.subtract(part.multiply(BigDecimal.valueOf(n - 1L))));
        return parts;
    }

    private static ProposalRequest proposal(BigDecimal asked, List<BigDecimal> tranches, LocalDate start, int months) {
        return proposal(asked, tranches, start, months, null);
    }

    private static ProposalRequest proposal(BigDecimal asked, List<BigDecimal> tranches, LocalDate start, int months,
            LocalDate firstDue) {
        List<ProposalRequest.MilestonePlan> plan = new ArrayList<>();
        LocalDate end = AwardPeriod.endDate(start, months);
        for (int i = 0; i < tranches.size(); i++) {
            LocalDate due = i == 0 && firstDue != null ? firstDue : end.minusDays(tranches.size() - 1L - i);
            plan.add(AwardFixture.milestone("Milestone " + (i + 1), due, tranches.get(i)));
        }
        return new ProposalRequest("Summary", List.of("Aim"), List.of(), List.of(), asked, start, months,
                List.of(new ProposalRequest.BudgetYear(1, asked)), plan);
    }

    private static AwardFixture.Proposed proposed(BigDecimal amount) {
        return AwardFixture.Proposed.of(AwardFixture.proposal(amount.toPlainString()));
    }

    private static DecisionRequest approve(BigDecimal amount, List<BigDecimal> tranches) {
        return new DecisionRequest(PanelDecision.APPROVE, amount, null, null, tranches);
    }

    private static List<String> fields(List<DomainRuleViolation.FieldRule> errors) {
        return errors.stream().map(DomainRuleViolation.FieldRule::field).toList();
    }
}
