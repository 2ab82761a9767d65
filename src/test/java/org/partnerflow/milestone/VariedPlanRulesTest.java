package org.partnerflow.milestone;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.DomainRuleViolation;

/** The rules of a varied plan without Spring or the engine: every broken rule named, the totals explained. */
class VariedPlanRulesTest {

    static final LocalDate START = LocalDate.of(2027, 4, 1);
    static final LocalDate END = LocalDate.of(2030, 3, 31);
    /** Milestones 1 and 2 open (£300,000 between them), £150,000 already approved. */
    static final VariedPlanRules.Current CURRENT = new VariedPlanRules.Current(Set.of(1L, 2L),
            new BigDecimal("300000.00"), new BigDecimal("150000.00"));

    @Test
    void aPlanThatAddsUpWithinThePeriodPasses() {
        assertThatCode(() -> VariedPlanRules.check(List.of(change(1L, START, "100000"), change(null, END, "200000.00")),
                CURRENT, START, END, new BigDecimal("450000"))).doesNotThrowAnyException();
    }

    @Test
    void everyBrokenRuleOfEachMilestoneIsNamed() {
        assertThatThrownBy(() -> VariedPlanRules.check(List.of(
                new PlanChange(2L, " ", START.minusDays(1), null, new BigDecimal("0.001")),
                new PlanChange(2L, "Again", null, "x".repeat(2001), null)), CURRENT, START, END,
                new BigDecimal("450000")))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> Assertions.assertThat(e.errors())
                        .extracting(DomainRuleViolation.FieldRule::field).containsExactly("milestones[0].title",
                                "milestones[0].dueDate", "milestones[0].trancheAmount", "milestones[1].id",
                                "milestones[1].evidenceExpected", "milestones[1].dueDate",
                                "milestones[1].trancheAmount"));
    }

    @Test
    void withoutAListTheOpenTranchesMustStillAddUp() {
        assertThatCode(() -> VariedPlanRules.check(null, CURRENT, START, END, new BigDecimal("450000.00")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> VariedPlanRules.check(null, CURRENT, START, END, new BigDecimal("500000.00")))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> Assertions.assertThat(e.field())
                        .isEqualTo("milestones"))
                .hasMessageContaining("£350,000.00");
    }

    @Test
    void anAmountBelowWhatIsApprovedCannotFitAnyPlan() {
        assertThatThrownBy(() -> VariedPlanRules.check(List.of(), CURRENT, START, END, new BigDecimal("100000")))
                .hasMessageContaining("below the £150,000.00 already approved or released");
    }

    private static PlanChange change(Long id, LocalDate due, String amount) {
        return new PlanChange(id, "Milestone", due, "A report", new BigDecimal(amount));
    }
}
