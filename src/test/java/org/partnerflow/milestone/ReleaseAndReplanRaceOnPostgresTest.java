package org.partnerflow.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.award.AcceptanceRequest;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.milestone.MilestonePlan;
import org.partnerflow.award.PanelDecision;
import org.partnerflow.award.Recommendation;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.support.Api;
import org.partnerflow.support.PostgresDemoAppTest;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A re-plan of tranche amounts (the milestone variation API) and a release of a tranche of the same award, started
 * at the same moment many times on a real PostgreSQL: whichever wins, the tranches still add up to the award, no
 * more than the award is released, a released tranche keeps the amount it was paid at, and the loser gets a clean
 * refusal (400 or 409), never a 500.
 */
@PostgresDemoAppTest
class ReleaseAndReplanRaceOnPostgresTest {

    static final int ROUNDS = 16;
    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.race", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.race", Role.FUNDER);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired org.partnerflow.award.AwardQueries awards;
    @Autowired org.partnerflow.award.Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired TransactionTemplate tx;
    @Autowired MilestonePlan plan;
    @Autowired MilestoneDelivery delivery;

    ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aReplanAndAReleaseOfTheSameAwardAtOnceKeepTheMoneyWhole() throws Exception {
        Api manager = Api.demo(port, "manager");
        AwardFixture fixture = new AwardFixture(programmes, partnerships, tx);
        ProgrammeView programme = fixture.programme("" + (ROUNDS * 450000) + ".00");
        int released = 0;
        int replanned = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long awardId = activeAward(fixture, programme);
            List<AwardDetail.MilestoneView> milestones = awards.detail(awardId).milestones();
            long paid = milestones.get(0).id();
            plan.markSubmitted(paid);
            plan.approve(paid); // its tranche is due for release
            // Round by round: re-plan the tranche being released, the one balancing it, or two others.
            long[] variedAndBalancing = switch (round % 3) {
                case 0 -> new long[] {paid, milestones.get(2).id()};
                case 1 -> new long[] {milestones.get(1).id(), paid};
                default -> new long[] {milestones.get(1).id(), milestones.get(2).id()};
            };
            long variedId = variedAndBalancing[0];
            Map<String, Object> variation = Map.of("trancheAmount", new BigDecimal("100000.00"),
                    "balancingMilestoneId", variedAndBalancing[1], "reason", "Race round " + round);

            CountDownLatch start = new CountDownLatch(1);
            Future<Integer> replan = pool.submit(() -> {
                start.await();
                return manager.post("/api/v1/milestones/" + variedId + "/variations", variation).status();
            });
            long lag = (round * 7L) % 40; // the re-plan's HTTP request starts later: let either reach the award first
            Future<String> release = pool.submit(() -> {
                start.await();
                Thread.sleep(lag);
                try {
                    return delivery.release(paid, "funder.race") ? "released" : "already released";
                } catch (DomainRuleViolation | ConflictException | ConcurrencyFailureException refused) {
                    return "refused: " + refused.getClass().getSimpleName(); // a 400 or 409 at the API
                }
            });
            start.countDown();
            int replanStatus = replan.get(60, TimeUnit.SECONDS);
            String releaseOutcome = release.get(60, TimeUnit.SECONDS);

            String as = "round " + round + ": re-plan " + replanStatus + ", release " + releaseOutcome;
            assertThat(replanStatus).as(as).isIn(200, 400, 409);
            assertThat(releaseOutcome).as(as).isIn("released", "refused: OptimisticLockingFailureException",
                    "refused: ObjectOptimisticLockingFailureException", "refused: PessimisticLockingFailureException",
                    "refused: CannotAcquireLockException");
            assertWhole(awardId, as);
            released += "released".equals(releaseOutcome) ? 1 : 0;
            replanned += replanStatus == 200 ? 1 : 0;
        }
        assertThat(released).as("releases that went through").isPositive();
        assertThat(replanned).as("re-plans that went through").isPositive();
    }

    /** The award's money as the database holds it, whatever happened. */
    private void assertWhole(long awardId, String as) {
        Map<String, Object> award = jdbc.queryForMap(
                "select amount_awarded, amount_released from award where id = ?", awardId);
        BigDecimal awarded = (BigDecimal) award.get("amount_awarded");
        BigDecimal releasedAmount = (BigDecimal) award.get("amount_released");
        assertThat(jdbc.queryForObject("select sum(amount) from payment_tranche where award_id = ?", BigDecimal.class,
                awardId)).as(as + ": the tranches add up to the award").isEqualByComparingTo(awarded);
        assertThat(releasedAmount).as(as + ": released within the award").isLessThanOrEqualTo(awarded);
        BigDecimal releasedTranches = jdbc.queryForObject("select coalesce(sum(amount), 0) from payment_tranche"
                + " where award_id = ? and status = 'RELEASED'", BigDecimal.class, awardId);
        assertThat(releasedAmount).as(as + ": released is what the released tranches hold")
                .isEqualByComparingTo(releasedTranches);
        // Each payment made keeps the amount its tranche had when it was paid: no re-plan changed it afterwards.
        List<Map<String, Object>> paid = jdbc.queryForList("select d.amount as paid, t.amount as tranche, t.status"
                + " from disbursement d join payment_tranche t on t.id = d.tranche_id where d.award_id = ?", awardId);
        assertThat(paid).as(as).allSatisfy(p -> {
            assertThat((BigDecimal) p.get("tranche")).as(as + ": a released tranche's amount")
                    .isEqualByComparingTo((BigDecimal) p.get("paid"));
            assertThat(p.get("status")).isEqualTo("RELEASED");
        });
        assertThat(paid).as(as + ": one payment per released tranche").hasSize(jdbc.queryForObject(
                "select count(*) from payment_tranche where award_id = ? and status = 'RELEASED'", Integer.class, awardId));
    }

    /** A new partnership's award of £450,000 in three tranches, taken to ACTIVE through its tasks. */
    private long activeAward(AwardFixture fixture, ProgrammeView programme) {
        PartnerflowUser partner = AwardFixture.partner(fixture.partnership(programme.id(), true).id());
        AwardView award = proposals.start(partner.partnershipIds().iterator().next(), partner);
        complete(award, partner, "submitProposal", AwardFixture.proposal("450000.00"));
        complete(award, ASSESSOR, "assessProposal", new AssessmentRequest(List.of(
                new AssessmentRequest.CriterionScore("Community voice and power", 4, null),
                new AssessmentRequest.CriterionScore("Strength of the partnership", 4, null),
                new AssessmentRequest.CriterionScore("Deliverability of the plan", 3, null),
                new AssessmentRequest.CriterionScore("Value for money", 4, null),
                new AssessmentRequest.CriterionScore("Learning and sharing", 5, null)), Recommendation.FUND, true));
        complete(award, FUNDER, "decideAward", new DecisionRequest(PanelDecision.APPROVE,
                new BigDecimal("450000.00"), null, null, null));
        complete(award, partner, "acceptOffer", new AcceptanceRequest(true));
        return award.id();
    }

    private void complete(AwardView award, PartnerflowUser user, String key, Object body) {
        WorkItem task = tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " task for " + user.getUsername()));
        completion.complete(task.id(), json.valueToTree(body), user);
    }
}
