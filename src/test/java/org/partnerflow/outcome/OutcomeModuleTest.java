package org.partnerflow.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.support.ForeignKeyRows;
import org.partnerflow.support.ModuleTest;
import org.partnerflow.tasks.FollowUps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The outcome module booted alone on its own tables: indicators defined and varied (a reason needed once the award
 * is active, kept as a variation), and an indicator's actual to date and progress taken from approved values only.
 * The partnership, programme and award modules are mocked.
 */
@ModuleTest
class OutcomeModuleTest {

    private static final long AWARD_ID = 7;
    private static final long PARTNERSHIP = ForeignKeyRows.PARTNERSHIP_ID;
    private static final LocalDate BASELINE = LocalDate.of(2026, 1, 1);
    private static final LocalDate PERIOD_END = LocalDate.of(2026, 6, 30);
    private static final PartnerflowUser MANAGER = new PartnerflowUser(1L, "manager", "Manager", "x", true,
            Set.of(Role.PROGRAMME_MANAGER), Set.of());

    @Autowired
    Indicators indicators;
    @Autowired
    OutcomeReports reports;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoBean
    AwardQueries awards;
    @MockitoBean
    Partnerships partnerships;
    @MockitoBean
    Programmes programmes;
    @MockitoBean
    FollowUps followUps;

    @BeforeEach
    void aPartnershipWithAnAward() {
        ForeignKeyRows.partnership(jdbc);
        if (jdbc.queryForObject("select count(*) from award where id = ?", Integer.class, AWARD_ID) == 0) {
            ForeignKeyRows.award(jdbc, AWARD_ID, new BigDecimal("50000"), BASELINE, 24);
        }
        awardIs(AwardStatus.UNDER_ASSESSMENT);
    }

    @AfterEach
    void noOutcomesLeft() {
        jdbc.update("delete from outcome_report");
        jdbc.update("delete from indicator");
    }

    @Test
    void anIndicatorIsDefinedWithItsTargetsAndNoActualYet() {
        IndicatorView view = indicators.define(PARTNERSHIP, peopleReached(null), MANAGER);

        assertThat(view.id()).isNotNull();
        assertThat(view.targets()).extracting(IndicatorView.TargetView::value)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("150.00"), new BigDecimal("200.00"));
        assertThat(view.finalTarget()).isEqualByComparingTo("200");
        assertThat(view.actualToDate()).isNull();
        assertThat(view.progress()).isNull();
        assertThat(jdbc.queryForObject("select title from indicator where id = ?", String.class, view.id()))
                .isEqualTo("People reached");
    }

    @Test
    void targetsThatGoTheWrongWayAreRefusedWithTheFieldNamed() {
        IndicatorRequest falling = new IndicatorRequest("People reached", IndicatorUnit.PEOPLE, Direction.INCREASE,
                new BigDecimal("100"), BASELINE, List.of(new IndicatorRequest.Target(PERIOD_END, new BigDecimal("50"))),
                List.of(), false, null);

        assertThatThrownBy(() -> indicators.define(PARTNERSHIP, falling, MANAGER))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.errors()).extracting(DomainRuleViolation.FieldRule::field)
                                .contains("targets[0].value"));
        assertThat(jdbc.queryForObject("select count(*) from indicator", Integer.class)).isZero();
    }

    @Test
    void onceTheAwardIsActiveAChangeNeedsAReasonAndIsKeptAsAVariation() {
        IndicatorView view = indicators.define(PARTNERSHIP, peopleReached(null), MANAGER);
        awardIs(AwardStatus.ACTIVE);

        assertThatThrownBy(() -> indicators.change(PARTNERSHIP, view.id(), peopleReached(null), MANAGER))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));

        IndicatorRequest higher = new IndicatorRequest("People reached", IndicatorUnit.PEOPLE, Direction.INCREASE,
                new BigDecimal("100"), BASELINE, List.of(new IndicatorRequest.Target(PERIOD_END, new BigDecimal("150")),
                        new IndicatorRequest.Target(PERIOD_END.plusMonths(6), new BigDecimal("300"))),
                List.of("Reach"), false, "The second site opened");
        indicators.change(PARTNERSHIP, view.id(), higher, MANAGER);

        IndicatorHistory history = indicators.history(PARTNERSHIP, view.id(), MANAGER);
        assertThat(history.indicator().finalTarget()).isEqualByComparingTo("300");
        assertThat(history.variations()).singleElement().satisfies(v -> {
            assertThat(v.getReason()).isEqualTo("The second site opened");
            assertThat(v.getChangeMade()).contains("200").contains("300");
        });
    }

    @Test
    void theActualToDateComesFromApprovedValuesOnly() {
        long reached = indicators.define(PARTNERSHIP, peopleReached(null), MANAGER).id();
        long volunteers = indicators.define(PARTNERSHIP, new IndicatorRequest("Volunteers", IndicatorUnit.COUNT,
                Direction.INCREASE, new BigDecimal("10"), BASELINE,
                List.of(new IndicatorRequest.Target(PERIOD_END, new BigDecimal("30"))), List.of(), false, null),
                MANAGER).id();
        Long report = reports.open(AWARD_ID, PARTNERSHIP, PERIOD_END, PERIOD_END.plusMonths(1));

        reports.submit(report, new ReportRequest(PERIOD_END, List.of(
                new ReportRequest.Value(reached, new BigDecimal("150"), "Two new clinics", null),
                new ReportRequest.Value(volunteers, new BigDecimal("25"), "Recruited in spring", null))), "partner");
        assertThat(view(reached).actualToDate()).as("a value waiting for review does not count").isNull();

        boolean returned = reports.review(report, new ReviewRequest(List.of(
                new ReviewRequest.Decision(reached, ReviewRequest.Choice.APPROVE, null),
                new ReviewRequest.Decision(volunteers, ReviewRequest.Choice.RETURN, "Count volunteers, not sign-ups"))),
                "manager");

        assertThat(returned).isTrue();
        IndicatorView approved = view(reached);
        assertThat(approved.actualToDate()).isEqualByComparingTo("150");
        assertThat(approved.actualPeriodEnd()).isEqualTo(PERIOD_END);
        assertThat(approved.progress().percent()).isEqualByComparingTo("50.0");
        assertThat(view(volunteers).actualToDate()).as("a returned value does not count").isNull();
        assertThat(view(volunteers).progress()).isNull();

        assertThatThrownBy(() -> reports.review(report, new ReviewRequest(List.of(
                new ReviewRequest.Decision(reached, ReviewRequest.Choice.APPROVE, null))), "manager"))
                .isInstanceOf(ConflictException.class);
    }

    private IndicatorView view(long indicatorId) {
        return indicators.forPartnership(PARTNERSHIP, MANAGER).stream().filter(i -> i.id() == indicatorId)
                .findFirst().orElseThrow();
    }

    private void awardIs(AwardStatus status) {
        List<AwardView> active = status != AwardStatus.ACTIVE ? List.of() : List.of(new AwardView(AWARD_ID,
                "PF-MOD-" + AWARD_ID, ForeignKeyRows.PROGRAMME_ID, PARTNERSHIP, "Module partnership", status,
                new BigDecimal("50000"), new BigDecimal("50000"), BigDecimal.ZERO, BASELINE,
                BASELINE.plusMonths(24).minusDays(1), null));
        when(awards.visibleTo(any(), any(), anyLong(), eq(AwardStatus.ACTIVE))).thenReturn(active);
    }

    private static IndicatorRequest peopleReached(String reason) {
        return new IndicatorRequest("People reached", IndicatorUnit.PEOPLE, Direction.INCREASE, new BigDecimal("100"),
                BASELINE, List.of(new IndicatorRequest.Target(PERIOD_END, new BigDecimal("150")),
                        new IndicatorRequest.Target(PERIOD_END.plusMonths(6), new BigDecimal("200"))),
                List.of("Reach"), false, reason);
    }
}
