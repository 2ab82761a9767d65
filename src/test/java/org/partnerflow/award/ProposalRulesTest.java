package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.shared.DomainRuleViolation.FieldRule;

class ProposalRulesTest {

    static final ProgrammeTerms TERMS = new ProgrammeTerms(new BigDecimal("450000.00"), new BigDecimal("600000.00"), 36,
            Set.of(OrganisationType.NHS_BODY));

    @Test
    void aProposalWithinTheRulesPasses() {
        assertThat(ProposalRules.check(AwardFixture.proposal("450000.00"), TERMS)).isEmpty();
    }

    @Test
    void anAmountOverTheCapOrTheRemainingBudgetIsRefused() {
        assertThat(fields(ProposalRules.check(AwardFixture.proposal("450000.01"), TERMS))).contains("amountRequested");
        ProgrammeTerms nearlySpent = new ProgrammeTerms(new BigDecimal("450000.00"), new BigDecimal("100000.00"), 36, Set.of());
        List<FieldRule> errors = ProposalRules.check(AwardFixture.proposal("150000.00"), nearlySpent);
        assertThat(errors).extracting(FieldRule::message).anyMatch(m -> m.contains("remaining budget (£100,000.00)"));
    }

    @Test
    void tranchesThatDoNotAddUpToTheAmountAreRefused() {
        ProposalRequest p = AwardFixture.proposal("300000.00");
        ProposalRequest skewed = new ProposalRequest(p.summary(), p.communityAims(), p.systemAims(), p.workstreams(),
                new BigDecimal("300000.00"), p.startDate(), 36, p.budgetByYear(),
                List.of(AwardFixture.milestone("Only one", p.startDate().plusMonths(6), new BigDecimal("100000.00"))));
        assertThat(ProposalRules.check(skewed, TERMS)).extracting(FieldRule::field).containsExactly("milestones");
    }

    @Test
    void aMilestoneDueOutsideTheAwardPeriodIsRefusedByItsPosition() {
        ProposalRequest p = AwardFixture.proposal("300000.00");
        LocalDate afterEnd = p.startDate().plusMonths(36);
        ProposalRequest late = new ProposalRequest(p.summary(), null, null, null, p.amountRequested(), p.startDate(), 36,
                p.budgetByYear(), List.of(p.milestones().get(0), p.milestones().get(1),
                        AwardFixture.milestone("Too late", afterEnd, p.milestones().get(2).trancheAmount())));
        List<FieldRule> errors = ProposalRules.check(late, TERMS);
        assertThat(errors).extracting(FieldRule::field).containsExactly("milestones[2].dueDate");
        assertThat(errors.get(0).message()).contains("1 April 2027 to 31 March 2030");
    }

    @Test
    void aBudgetByYearMustCoverTheAmountWithinTheAwardsYears() {
        ProposalRequest p = AwardFixture.proposal("300000.00");
        ProposalRequest wrong = new ProposalRequest(p.summary(), null, null, null, p.amountRequested(), p.startDate(), 24,
                List.of(new ProposalRequest.BudgetYear(1, new BigDecimal("100000.00")),
                        new ProposalRequest.BudgetYear(3, new BigDecimal("100000.00"))),
                List.of(AwardFixture.milestone("One", p.startDate().plusMonths(6), new BigDecimal("300000.00"))));
        assertThat(fields(ProposalRules.check(wrong, TERMS))).containsExactlyInAnyOrder("budgetByYear", "budgetByYear[1].year");
    }

    @Test
    void aDurationOverTheProgrammesMaximumIsRefused() {
        ProposalRequest p = AwardFixture.proposal("300000.00");
        ProposalRequest tooLong = new ProposalRequest(p.summary(), null, null, null, p.amountRequested(), p.startDate(), 48,
                p.budgetByYear(), p.milestones());
        assertThat(fields(ProposalRules.check(tooLong, TERMS))).contains("durationMonths");
    }

    private static List<String> fields(List<FieldRule> errors) {
        return errors.stream().map(FieldRule::field).toList();
    }
}
