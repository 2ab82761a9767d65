package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.DomainRuleViolation;

class DecisionRulesTest {

    static final BigDecimal CAP = new BigDecimal("450000.00");

    private final AwardFixture.Proposed award = proposed("300000.00");

    @Test
    void anApprovalOfTheFullAmountKeepsThePlannedTranches() {
        List<BigDecimal> tranches = DecisionRules.check(approve("300000.00", null), award.requested(), award.planned(), CAP);
        assertThat(tranches).extracting(BigDecimal::toPlainString).containsExactly("100000.00", "100000.00", "100000.00");
    }

    @Test
    void aLowerAmountWithoutTranchesReprofilesThemInProportionToThePenny() {
        assertThat(DecisionRules.check(approve("240000.01", null), award.requested(), award.planned(), CAP))
                .extracting(BigDecimal::toPlainString).containsExactly("80000.01", "80000.00", "80000.00");
    }

    @Test
    void aLowerAmountsBudgetByYearIsTheFundersIfGivenElseReprofiledInProportion() {
        List<BudgetLine> proposed = List.of(new BudgetLine(1, new BigDecimal("100000.00")),
                new BudgetLine(2, new BigDecimal("150000.00")), new BudgetLine(3, new BigDecimal("50000.00")));
        assertThat(DecisionRules.budget(approve("200000.00", null), proposed)).containsExactly(
                new BudgetLine(1, new BigDecimal("66666.67")), new BudgetLine(2, new BigDecimal("100000.00")),
                new BudgetLine(3, new BigDecimal("33333.33")));
        DecisionRequest given = new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("200000.00"), null, null, null,
                List.of(new ProposalRequest.BudgetYear(2, new BigDecimal("120000.00")),
                        new ProposalRequest.BudgetYear(1, new BigDecimal("50000.00")),
                        new ProposalRequest.BudgetYear(3, new BigDecimal("30000.00"))));
        assertThat(DecisionRules.budget(given, proposed)).extracting(BudgetLine::year).containsExactly(1, 2, 3);
        DecisionRequest wrong = new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("200000.00"), null, null, null,
                List.of(new ProposalRequest.BudgetYear(1, new BigDecimal("50000.00"))));
        assertThatThrownBy(() -> DecisionRules.budget(wrong, proposed))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("budgetByYear"));
    }

    @Test
    void aLowerAmountNeedsGivenTranchesThatAddUpToIt() {
        assertThatThrownBy(() -> DecisionRules.check(approve("240000.00", List.of("80000.00", "80000.00", "70000.00")),
                award.requested(), award.planned(), CAP)).hasMessageContaining("add up to amountAwarded (£240,000.00)");
        assertThat(DecisionRules.check(approve("240000.00", List.of("80000.00", "80000.00", "80000.00")), award.requested(), award.planned(), CAP))
                .hasSize(3);
    }

    @Test
    void anAmountAboveTheRequestOrTheCapIsRefused() {
        assertThatThrownBy(() -> DecisionRules.check(approve("300000.01", null), award.requested(), award.planned(), CAP))
                .hasMessageContaining("amountAwarded must not be more than the amount requested");
        assertThatThrownBy(() -> DecisionRules.check(approve("300000.00", null), award.requested(), award.planned(), new BigDecimal("250000.00")))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.errors())
                        .anyMatch(r -> r.message().contains("award cap (£250,000.00)")));
    }

    @Test
    void aRejectionOrARequestForChangesMustSayWhy() {
        assertThatThrownBy(() -> DecisionRules.check(new DecisionRequest(PanelDecision.REJECT, null, " ", null, null),
                award.requested(), award.planned(), CAP)).isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("reasons"));
        assertThat(DecisionRules.check(new DecisionRequest(PanelDecision.REQUEST_CHANGES, null, "More detail", null, null),
                award.requested(), award.planned(), CAP)).isEmpty();
    }

    @Test
    void theProposalsOwnFiguresLeftAsTheyWereShareALowerAwardInProportion() {
        List<BudgetLine> proposed = List.of(new BudgetLine(1, new BigDecimal("150000.00")),
                new BudgetLine(2, new BigDecimal("150000")));
        DecisionRequest unchanged = new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("270000.00"), null, null,
                List.of(new BigDecimal("100000"), new BigDecimal("100000.00"), new BigDecimal("100000.00")),
                List.of(new ProposalRequest.BudgetYear(1, new BigDecimal("150000")),
                        new ProposalRequest.BudgetYear(2, new BigDecimal("150000.00"))));
        DecisionRules.Outcome outcome = DecisionRules.decide(unchanged, award.requested(), award.planned(), proposed, CAP);
        assertThat(outcome.tranches()).extracting(BigDecimal::toPlainString).containsExactly("90000.00", "90000.00", "90000.00");
        assertThat(outcome.budget()).extracting(b -> b.amount().toPlainString()).containsExactly("135000.00", "135000.00");

        DecisionRequest asked = new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("300000.00"), null, null,
                unchanged.trancheAmounts(), unchanged.budgetByYear());
        assertThat(DecisionRules.decide(asked, award.requested(), award.planned(), proposed, CAP).budget())
                .as("the full amount with the proposal's years leaves the budget as it is").isNull();
        DecisionRequest oneChanged = new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("270000.00"), null, null,
                unchanged.trancheAmounts(), List.of(new ProposalRequest.BudgetYear(1, new BigDecimal("120000.00")),
                        new ProposalRequest.BudgetYear(2, new BigDecimal("150000.00"))));
        assertThat(DecisionRules.decide(oneChanged, award.requested(), award.planned(), proposed, CAP).budget())
                .extracting(b -> b.amount().toPlainString()).containsExactly("120000.00", "150000.00");
    }

    @Test
    void tranchesAndBudgetYearsThatDoNotAddUpAreRefusedTogether() {
        List<BudgetLine> proposed = List.of(new BudgetLine(1, new BigDecimal("150000.00")),
                new BudgetLine(2, new BigDecimal("150000.00")));
        DecisionRequest wrong = new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("240000.00"), null, null,
                List.of(new BigDecimal("80000.00"), new BigDecimal("80000.00"), new BigDecimal("70000.00")),
                List.of(new ProposalRequest.BudgetYear(1, new BigDecimal("100000.00")),
                        new ProposalRequest.BudgetYear(2, new BigDecimal("100000.00"))));
        assertThatThrownBy(() -> DecisionRules.decide(wrong, award.requested(), award.planned(), proposed, CAP))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.errors())
                        .extracting(DomainRuleViolation.FieldRule::field).containsExactly("trancheAmounts", "budgetByYear"));
    }

    private static DecisionRequest approve(String amount, List<String> tranches) {
        return new DecisionRequest(PanelDecision.APPROVE, new BigDecimal(amount), null, null,
                tranches == null ? null : tranches.stream().map(BigDecimal::new).toList());
    }

    static AwardFixture.Proposed proposed(String amount) {
        return AwardFixture.Proposed.of(AwardFixture.proposal(amount));
    }
}
