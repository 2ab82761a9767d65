package org.partnerflow.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.support.ForeignKeyRows;
import org.partnerflow.support.ModuleTest;
import org.partnerflow.tasks.FollowUps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The milestone module booted alone on its own tables: a plan set up through AwardPlans, approval making the
 * tranche due, a release paid once and told to the award, refused when the award refuses it, and re-planning kept
 * within the award period. The award is a mocked AwardLedger and a listener that keeps its money as the award module
 * does.
 */
@ModuleTest
class MilestoneModuleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final BigDecimal AWARDED = new BigDecimal("10000.00");
    private static final AtomicLong AWARD_IDS = new AtomicLong(100);

    @Autowired
    AwardPlans plans;
    @Autowired
    MilestonePlan milestones;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoBean
    AwardLedger ledger;
    @MockitoBean
    FollowUps followUps;
    @MockitoBean
    org.partnerflow.security.Users users; // names who sent each evidence file

    /** The amount each award has released so far, as the award's side below keeps it. */
    private static final Map<Long, BigDecimal> released = new ConcurrentHashMap<>();
    /** Every release the award has heard of. */
    private static final List<TrancheReleased> heard = new ArrayList<>();
    private long awardId;

    /** The award's side of a release, as the award module does it: add the amount, refuse beyond the award. */
    @TestConfiguration
    static class AwardSide {

        @Bean
        ReleaseListener releaseListener() {
            return new ReleaseListener();
        }
    }

    static class ReleaseListener {

        @EventListener
        void on(TrancheReleased release) {
            BigDecimal after = released.get(release.awardId()).add(release.amount());
            if (after.compareTo(AWARDED) > 0) {
                throw new ConflictException("beyond the amount awarded");
            }
            released.put(release.awardId(), after);
            heard.add(release);
        }
    }

    @BeforeEach
    void anActiveAwardOfTenThousandPounds() {
        ForeignKeyRows.partnership(jdbc);
        awardId = AWARD_IDS.incrementAndGet();
        ForeignKeyRows.award(jdbc, awardId, AWARDED, START, 12);
        released.put(awardId, BigDecimal.ZERO.setScale(2));
        when(ledger.summary(anyLong())).thenAnswer(call -> {
            long id = call.getArgument(0);
            return new AwardLedger.AwardSummary(id, "PF-MOD-" + id, "ACTIVE", ForeignKeyRows.PARTNERSHIP_ID,
                    "Module partnership", START, 12, START.plusMonths(12).minusDays(1), AWARDED, released.get(id));
        });
    }

    @Test
    void aPlanIsSetUpInDueDateOrderAndReplacedByARevisedOne() {
        plans.replace(awardId, ForeignKeyRows.PROGRAMME_ID, List.of(
                step("Final report", START.plusMonths(10), "6000"),
                step("Inception", START.plusMonths(2), "4000")));

        assertThat(plans.milestones(List.of(awardId)).get(awardId))
                .extracting(AwardPlans.PlannedMilestone::sequence, AwardPlans.PlannedMilestone::title,
                        AwardPlans.PlannedMilestone::status)
                .containsExactly(tuple(1, "Inception", MilestoneStatus.PLANNED),
                        tuple(2, "Final report", MilestoneStatus.PLANNED));

        plans.replace(awardId, ForeignKeyRows.PROGRAMME_ID, List.of(step("Whole grant", START.plusMonths(6), "10000")));

        assertThat(plans.tranches(List.of(awardId)).get(awardId))
                .extracting(AwardPlans.PlannedTranche::amount, AwardPlans.PlannedTranche::status)
                .containsExactly(tuple(new BigDecimal("10000.00"), TrancheStatus.SCHEDULED));
        assertThat(jdbc.queryForObject("select count(*) from milestone where award_id = ?", Integer.class, awardId))
                .isEqualTo(1);
    }

    @Test
    void approvingAMilestoneMakesItsTrancheDue() {
        long first = plan().get(0);
        milestones.markSubmitted(first);

        milestones.approve(first);

        MilestoneFacts facts = milestones.facts(first);
        assertThat(facts.status()).isEqualTo(MilestoneStatus.APPROVED);
        assertThat(facts.trancheStatus()).isEqualTo(TrancheStatus.DUE);
        assertThat(milestones.facts(plan().get(1)).trancheStatus()).isEqualTo(TrancheStatus.SCHEDULED);
    }

    @Test
    void aTrancheIsPaidOnceAndNeverBeyondTheAward() {
        List<Long> ids = plan();
        plans.setTrancheAmounts(awardId, List.of(new BigDecimal("6000"), new BigDecimal("5000")));
        long firstTranche = milestones.facts(ids.get(0)).trancheId();
        long secondTranche = milestones.facts(ids.get(1)).trancheId();

        assertThat(milestones.release(firstTranche)).isTrue();
        assertThat(milestones.release(firstTranche)).isFalse();

        assertThat(heard).filteredOn(r -> r.awardId() == awardId)
                .extracting(TrancheReleased::trancheId, TrancheReleased::amount, TrancheReleased::statusBefore)
                .containsExactly(tuple(firstTranche, new BigDecimal("6000.00"), TrancheStatus.SCHEDULED));
        assertThat(released.get(awardId)).isEqualByComparingTo("6000");
        assertThat(jdbc.queryForObject("select status from payment_tranche where id = ?", String.class, firstTranche))
                .isEqualTo("RELEASED");

        assertThatThrownBy(() -> milestones.release(secondTranche)).isInstanceOf(ConflictException.class);
        assertThat(released.get(awardId)).isEqualByComparingTo("6000");
        assertThat(jdbc.queryForObject("select status from payment_tranche where id = ?", String.class, secondTranche))
                .isEqualTo("SCHEDULED");
    }

    @Test
    void replanningOutsideTheAwardPeriodIsRefusedWithTheFieldNamed() {
        long first = plan().get(0);

        assertThatThrownBy(() -> milestones.replan(first, START.plusMonths(12), "late start"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("dueDate"));
        assertThat(milestones.facts(first).dueDate()).isEqualTo(START.plusMonths(2));

        milestones.replan(first, START.plusMonths(3), "the venue moved");
        assertThat(milestones.facts(first).dueDate()).isEqualTo(START.plusMonths(3));
    }

    private List<Long> plan() {
        plans.replace(awardId, ForeignKeyRows.PROGRAMME_ID, List.of(
                step("Inception", START.plusMonths(2), "4000"),
                step("Final report", START.plusMonths(10), "6000")));
        return plans.milestoneIds(awardId);
    }

    private static AwardPlans.Step step(String title, LocalDate due, String amount) {
        return new AwardPlans.Step(title, due, "A short report", new BigDecimal(amount));
    }
}
