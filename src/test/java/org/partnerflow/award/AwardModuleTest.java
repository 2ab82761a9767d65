package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.milestone.PortfolioFacts;
import org.partnerflow.organisation.Organisation;
import org.partnerflow.partnership.Partnership;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Programme;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.support.ForeignKeyRows;
import org.partnerflow.support.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The award module booted alone on its own tables: a proposal's rules against the programme's terms and the
 * eligibility policy against the partnership's members, through Proposals and AwardQueries. The programme,
 * partnership and milestone modules' beans are mocked; an award maps its programme and partnership as JPA
 * relations, so their entities (and the organisations they point to) are mapped too, with no bean of theirs.
 */
@ModuleTest
class AwardModuleTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final AtomicLong AWARD_IDS = new AtomicLong(200);
    private static final PartnerflowUser OTHER_PARTNER = new PartnerflowUser(9L, "other", "Other partner", "x",
            true, Set.of(Role.PARTNER), Set.of(99L));

    @Autowired
    Proposals proposals;
    @Autowired
    AwardQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoBean
    AwardPlans plans;
    @MockitoBean
    PortfolioFacts portfolio;
    @MockitoBean
    Partnerships partnerships;
    @MockitoBean
    Programmes programmes;
    @MockitoBean
    org.partnerflow.programme.ProgrammeCriteria criteria;
    @MockitoBean
    org.partnerflow.programme.ApplicationRounds rounds;
    @MockitoBean
    org.partnerflow.security.Users users;
    @MockitoBean
    org.partnerflow.integrity.DutyRules duties;
    @MockitoBean
    org.partnerflow.milestone.HeldTranches held;
    @MockitoBean
    org.partnerflow.audit.AuditLines auditLines;

    private long awardId;

    /** The entities an award's relations reach: the award module's own and those of the modules it maps. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MappedEntities {

        @Bean
        PersistenceManagedTypes persistenceManagedTypes(ResourceLoader resources) {
            return new PersistenceManagedTypesScanner(resources).scan(Award.class.getPackageName(),
                    Programme.class.getPackageName(), Partnership.class.getPackageName(),
                    Organisation.class.getPackageName());
        }
    }

    @BeforeEach
    void aProposedAwardOfAPartnershipWithoutAnNhsBody() {
        ForeignKeyRows.partnership(jdbc);
        jdbc.update("delete from partnership_member where organisation_id = ?", ForeignKeyRows.HOSPITAL_ID);
        awardId = AWARD_IDS.incrementAndGet();
        ForeignKeyRows.proposedAward(jdbc, awardId);
    }

    @Test
    void aProposalBeyondTheProgrammesTermsIsRefusedFieldByField() {
        ProposalRequest tooBig = proposal(new BigDecimal("150000"), 30, START.plusMonths(40));

        assertThatThrownBy(() -> proposals.submitProposal(awardId, tooBig))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.errors())
                        .extracting(DomainRuleViolation.FieldRule::field)
                        .contains("amountRequested", "durationMonths", "milestones[1].dueDate"));

        assertThat(status()).isEqualTo("PROPOSED");
        assertThat(jdbc.queryForObject("select round from award where id = ?", Integer.class, awardId)).isZero();
        verify(plans, never()).replace(anyLong(), anyLong(), anyList());
    }

    @Test
    void aProposalWithinTheTermsIsTakenAndItsPlanHandedToTheMilestones() {
        proposals.submitProposal(awardId, proposal(new BigDecimal("60000"), 12, START.plusMonths(10)));

        assertThat(jdbc.queryForObject("select amount_requested from award where id = ?", BigDecimal.class, awardId))
                .isEqualByComparingTo("60000");
        assertThat(jdbc.queryForObject("select end_date from award where id = ?", LocalDate.class, awardId))
                .isEqualTo(LocalDate.of(2027, 3, 31));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<AwardPlans.Step>> steps = ArgumentCaptor.forClass(List.class);
        verify(plans).replace(eq(awardId), eq(ForeignKeyRows.PROGRAMME_ID), steps.capture());
        assertThat(steps.getValue()).extracting(AwardPlans.Step::trancheAmount)
                .containsExactly(new BigDecimal("20000"), new BigDecimal("40000"));
        assertThat(queries.termsFor(awardId).remainingBudget()).isEqualByComparingTo("500000");
    }

    @Test
    void eligibilityNeedsTheMemberTypeTheProgrammeRequires() {
        proposals.submitProposal(awardId, proposal(new BigDecimal("60000"), 12, START.plusMonths(10)));

        assertThat(proposals.checkEligibility(awardId)).isFalse();
        assertThat(status()).isEqualTo("CHANGES_REQUESTED");
        assertThat(queries.detail(awardId).ineligibilityReasons()).contains("NHS body");

        jdbc.update("insert into partnership_member (partnership_id, organisation_id, role) values (?, ?, 'Clinic')",
                ForeignKeyRows.PARTNERSHIP_ID, ForeignKeyRows.HOSPITAL_ID);
        proposals.submitProposal(awardId, proposal(new BigDecimal("60000"), 12, START.plusMonths(10)));

        assertThat(proposals.checkEligibility(awardId)).isTrue();
        assertThat(status()).isEqualTo("UNDER_ASSESSMENT");
        assertThat(queries.detail(awardId).round()).isEqualTo(2);
    }

    @Test
    void aPartnerOfAnotherPartnershipIsNotShownTheAward() {
        assertThatThrownBy(() -> queries.get(awardId, OTHER_PARTNER)).isInstanceOf(NotFoundException.class);
    }

    private String status() {
        return jdbc.queryForObject("select status from award where id = ?", String.class, awardId);
    }

    private static ProposalRequest proposal(BigDecimal amount, int months, LocalDate lastDue) {
        BigDecimal first = new BigDecimal("20000");
        return new ProposalRequest("Community health champions", List.of("Healthier lives"), List.of(),
                List.of("Outreach"), amount, START, months,
                List.of(new ProposalRequest.BudgetYear(1, amount)),
                List.of(new ProposalRequest.MilestonePlan("Inception", START.plusMonths(2), "A plan", first),
                        new ProposalRequest.MilestonePlan("Final report", lastDue, "A report", amount.subtract(first))));
    }
}
