package org.partnerflow.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.award.AcceptanceRequest;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.award.PanelDecision;
import org.partnerflow.award.Proposals;
import org.partnerflow.award.Recommendation;
import org.partnerflow.learning.LearningFixture;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Notifier;
import org.partnerflow.support.PausedJobExecutors;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An approved award variation's new plan on a running award, on the engine's clock: a milestone dropped ends its
 * delivery at the withdrawn end event (its follow-up with it, its tranche cancelled), a new one runs inside the
 * award's deliverMilestones, which waits for it, a moved one takes its timers and tranche date along, and a new end
 * date moves the close-out timer. Checks name the milestone and field, or "milestones", and change nothing.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:planvariations;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(PausedJobExecutors.class)
class PlanVariationProcessTest {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.pv", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.pv", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.pv", Role.PROGRAMME_MANAGER);
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final BigDecimal AWARDED = new BigDecimal("450000.00");

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired PlanVariations variations;
    @Autowired MilestoneDelivery delivery;
    @Autowired LearningReviews learningReviews;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @MockitoBean Notifier notifier;

    PartnerflowUser partner;
    AwardView award;

    @BeforeEach
    void offeredAward() {
        AbstractAssertions.init(engine);
        AwardFixture fixture = new AwardFixture(programmes, partnerships, tx);
        ProgrammeView programme = fixture.programme("1000000.00");
        partner = AwardFixture.partner(fixture.partnership(programme.id(), true).id());
        award = proposals.start(partner.partnershipIds().iterator().next(), partner);
        complete(partner, "submitProposal", null, AwardFixture.proposal("450000.00"));
        complete(ASSESSOR, "assessProposal", null, new AssessmentRequest(List.of(
                new AssessmentRequest.CriterionScore("Community voice and power", 4, null),
                new AssessmentRequest.CriterionScore("Strength of the partnership", 4, null),
                new AssessmentRequest.CriterionScore("Deliverability of the plan", 3, null),
                new AssessmentRequest.CriterionScore("Value for money", 4, null),
                new AssessmentRequest.CriterionScore("Learning and sharing", 5, null)), Recommendation.FUND, true));
        complete(FUNDER, "decideAward", null, new DecisionRequest(PanelDecision.APPROVE, AWARDED, null, null, null));
    }

    private void accept() {
        complete(partner, "acceptOffer", null, new AcceptanceRequest(true));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aVariedPlanWithdrawsAddsMovesAndRevaluesOnlyTheMilestonesNotYetApproved() {
        accept();
        AwardDetail.MilestoneView approved = milestone(0);
        AwardDetail.MilestoneView dropped = milestone(1);
        AwardDetail.MilestoneView moved = milestone(2);
        approve(approved.id());
        ProcessInstance droppedRun = instanceOf(dropped.id());
        Job overdue = timer(droppedRun, "milestoneOverdue");
        ClockUtil.setCurrentTime(overdue.getDuedate());
        engine.getManagementService().executeJob(overdue.getId());
        assertThat(droppedRun).isWaitingAt("submitMilestoneEvidence", "followUpOverdueMilestone");

        LocalDate later = moved.dueDate().minusMonths(2);
        LocalDate added = LocalDate.of(2029, 6, 30);
        PlanChangeSummary summary = tx.execute(s -> variations.replaceOpenMilestones(award.id(), List.of(
                        new PlanChange(moved.id(), moved.title(), later, moved.evidenceExpected(),
                                new BigDecimal("180000.00")),
                        new PlanChange(null, "  Network celebrates  ", added, "Photographs", new BigDecimal("120000"))),
                AWARDED, null, "Hubs merged", FUNDER.getUsername()));

        Long addedId = summary.added().get(0);
        assertThat(summary.removed()).containsExactly(dropped.id());
        assertThat(summary.moved()).containsExactly(moved.id());
        assertThat(summary.amountsChanged()).containsExactly(moved.id());

        // dropped: its delivery ended normally through the withdrawal, its follow-up with it, its tranche cancelled
        assertThat(droppedRun).isEnded().hasPassed("milestoneWithdrawn", "withdrawMilestone", "milestoneDeliveryWithdrawn");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(droppedRun.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(droppedRun.getId()).count()).isZero();
        assertThat(view(dropped.id()).status()).isEqualTo(MilestoneStatus.WITHDRAWN);
        assertThat(trancheOf(dropped.id()).status()).isEqualTo(TrancheStatus.CANCELLED);

        // moved: timers, the evidence task and the tranche's planned date follow the new due date
        ProcessInstance movedRun = instanceOf(moved.id());
        Date overdueAt = Date.from(later.plusDays(1).atStartOfDay(UK).toInstant());
        assertThat(timer(movedRun, "milestoneOverdue").getDuedate()).isEqualTo(overdueAt);
        assertThat(timer(movedRun, "milestoneReminder").getDuedate())
                .isEqualTo(Date.from(later.minusDays(14).atTime(9, 0).atZone(UK).toInstant()));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(movedRun.getId()).singleResult()
                .getDueDate()).isEqualTo(overdueAt);
        assertThat(trancheOf(moved.id()).plannedDate()).isEqualTo(later);
        assertThat(trancheOf(moved.id()).amount()).isEqualByComparingTo("180000.00");

        // added: its own delivery inside the award's deliverMilestones, with the same variables as the others
        ProcessInstance addedRun = instanceOf(addedId);
        assertThat(addedRun).isWaitingAt("submitMilestoneEvidence");
        assertThat(engine.getRuntimeService().getVariables(addedRun.getId())).containsEntry("awardId", award.id())
                .containsEntry("partnershipId", partner.partnershipIds().iterator().next())
                .containsEntry("milestoneId", addedId);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().subProcessInstanceId(addedRun.getId())
                .singleResult().getId()).isEqualTo(award.processInstanceId());
        assertThat(view(addedId).title()).isEqualTo("Network celebrates");
        assertThat(trancheOf(addedId).amount()).isEqualByComparingTo("120000.00");

        // the plan stays numbered in the order of its due dates, and adds up to the award
        AwardDetail detail = awards.detail(award.id());
        assertThat(detail.milestones()).extracting(AwardDetail.MilestoneView::id)
                .containsExactly(approved.id(), dropped.id(), addedId, moved.id());
        assertThat(detail.milestones()).extracting(AwardDetail.MilestoneView::sequence).containsExactly(1, 2, 3, 4);
        assertThat(detail.tranches()).extracting(AwardDetail.TrancheView::milestoneId)
                .containsExactly(approved.id(), dropped.id(), addedId, moved.id());
        assertThat(detail.tranches().stream().filter(t -> t.status() != TrancheStatus.CANCELLED)
                .map(AwardDetail.TrancheView::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(AWARDED);

        // delivering goes on: the award waits for the new milestone as for the others, then moves on
        ProcessInstance grant = grant();
        release(approved.id());
        deliver(moved.id());
        assertThat(grant).isWaitingAt("deliverMilestones", "runLearningReviews");
        deliver(addedId);
        assertThat(grant).isWaitingAt("runLearningReviews");
        assertThat(grant).hasPassed("deliverMilestones");
        assertThat(awards.detail(award.id()).award().amountReleased()).isEqualByComparingTo(AWARDED);
    }

    @Test
    void aMilestoneUnderReviewCanBeWithdrawnAndWithdrawingEveryOpenOneLetsTheAwardMoveOn() {
        accept();
        AwardDetail.MilestoneView underReview = milestone(0);
        complete(partner, "submitMilestoneEvidence", underReview.id(), new EvidenceRequest("Done", null));
        assertThat(instanceOf(underReview.id())).isWaitingAt("reviewMilestoneEvidence");

        PlanChangeSummary summary = tx.execute(s -> variations.replaceOpenMilestones(award.id(), List.of(),
                BigDecimal.ZERO, null, "Partnership wound up", FUNDER.getUsername()));

        assertThat(summary.removed()).hasSize(3);
        assertThat(awards.detail(award.id()).milestones()).extracting(AwardDetail.MilestoneView::status)
                .containsOnly(MilestoneStatus.WITHDRAWN);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("milestoneDelivery")
                .variableValueEquals("awardId", award.id()).count()).isZero();
        assertThat(grant()).hasPassed("deliverMilestones").isWaitingAt("runLearningReviews");
    }

    @Test
    void aNewEndDateMovesTheCloseOutTimerBeforeAndAfterTheAwardWaitsForIt() {
        accept();
        tx.executeWithoutResult(s -> variations.replaceOpenMilestones(award.id(), List.of(), BigDecimal.ZERO, null,
                "Nothing left to deliver", FUNDER.getUsername()));
        LocalDate sooner = LocalDate.of(2029, 12, 31);
        tx.executeWithoutResult(s -> variations.followNewEndDate(award.id(), sooner));
        LearningFixture.signOffAll(engine, tasks, completion, learningReviews, json, award.id(), partner);
        ProcessInstance grant = grant();
        assertThat(grant).isWaitingAt("awardPeriodEnded");
        assertThat(closeOutTimer().getDuedate()).isEqualTo(Date.from(sooner.plusDays(1).atStartOfDay(UK).toInstant()));

        LocalDate later = LocalDate.of(2030, 9, 30);
        tx.executeWithoutResult(s -> variations.followNewEndDate(award.id(), later));
        assertThat(closeOutTimer().getDuedate()).isEqualTo(Date.from(later.plusDays(1).atStartOfDay(UK).toInstant()));
        assertThat(engine.getRuntimeService().getVariable(grant.getId(), "closeOutAt"))
                .isEqualTo(Date.from(later.plusDays(1).atStartOfDay(UK).toInstant()));
    }

    @Test
    void checksNameTheMilestoneAndTheRuleAndTheVariationChangesNothingWhenOneFails() {
        accept();
        AwardDetail.MilestoneView first = milestone(0);
        AwardDetail.MilestoneView second = milestone(1);
        AwardDetail.MilestoneView third = milestone(2);
        approve(first.id());
        LocalDate end = LocalDate.of(2030, 3, 31);
        PlanChange keepSecond = new PlanChange(second.id(), second.title(), second.dueDate(), null,
                new BigDecimal("150000.00"));

        assertThatThrownBy(() -> variations.check(award.id(), List.of(keepSecond,
                new PlanChange(third.id(), third.title(), third.dueDate(), null, new BigDecimal("100000.00"))),
                AWARDED, end)).isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(r -> {
                            assertThat(r.field()).isEqualTo("milestones");
                            assertThat(r.message()).contains("£300,000.00").contains("£150,000.00 already approved");
                        }));
        assertThatThrownBy(() -> variations.check(award.id(), List.of(keepSecond,
                new PlanChange(third.id(), third.title(), end.plusDays(1), null, new BigDecimal("150000.00"))),
                AWARDED, end)).isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.errors()).extracting(DomainRuleViolation.FieldRule::field)
                                .containsExactly("milestones[1].dueDate"));
        assertThatThrownBy(() -> variations.check(award.id(), List.of(
                new PlanChange(first.id(), first.title(), first.dueDate(), null, new BigDecimal("150000.00")),
                new PlanChange(999_999L, "Unknown", third.dueDate(), null, new BigDecimal("150000.00"))),
                AWARDED, end)).isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.errors()).extracting(DomainRuleViolation.FieldRule::field)
                                .containsExactly("milestones[0].id", "milestones[1].id"));
        assertThatThrownBy(() -> variations.check(award.id(), null, new BigDecimal("400000.00"), null))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("milestones"));
        assertThatThrownBy(() -> variations.check(award.id(), List.of(), new BigDecimal("100000.00"), null))
                .hasMessageContaining("below the £150,000.00 already approved or released");
        variations.check(award.id(), List.of(keepSecond, new PlanChange(third.id(), third.title(), end, null,
                new BigDecimal("150000.00"))), AWARDED, end); // a valid plan passes

        assertThatThrownBy(() -> tx.execute(s -> variations.replaceOpenMilestones(award.id(), List.of(keepSecond),
                AWARDED, end, "Too little", FUNDER.getUsername()))).isInstanceOf(DomainRuleViolation.class);
        assertThat(instanceOf(third.id())).isWaitingAt("submitMilestoneEvidence");
        assertThat(view(third.id()).status()).isEqualTo(MilestoneStatus.PLANNED);
        assertThatThrownBy(() -> variations.replaceOpenMilestones(award.id(), List.of(), AWARDED, end, "No transaction",
                FUNDER.getUsername())).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aPlanVariedBeforeTheAwardRunsChangesTheDataAndActivationStartsWhatIsLeft() {
        AwardDetail.MilestoneView dropped = milestone(0);
        AwardDetail.MilestoneView kept = milestone(1);
        AwardDetail.MilestoneView last = milestone(2);
        PlanChangeSummary summary = tx.execute(s -> variations.replaceOpenMilestones(award.id(), List.of(
                        new PlanChange(kept.id(), kept.title(), kept.dueDate(), null, new BigDecimal("150000.00")),
                        new PlanChange(last.id(), last.title(), last.dueDate(), null, new BigDecimal("150000.00")),
                        new PlanChange(null, "Early win", LocalDate.of(2027, 9, 30), null, new BigDecimal("150000.00"))),
                AWARDED, null, "Earlier start", FUNDER.getUsername()));
        long added = summary.added().get(0);
        assertThat(view(dropped.id()).status()).isEqualTo(MilestoneStatus.WITHDRAWN);
        assertThat(trancheOf(dropped.id()).status()).isEqualTo(TrancheStatus.CANCELLED);
        assertThat(instanceOf(added)).isNull(); // nothing runs before the award is active

        accept();

        assertThat(instanceOf(dropped.id())).isNull();
        assertThat(instanceOf(added)).isWaitingAt("submitMilestoneEvidence");
        assertThat(instanceOf(kept.id())).isWaitingAt("submitMilestoneEvidence");
        assertThat(instanceOf(last.id())).isWaitingAt("submitMilestoneEvidence");
        assertThat(awards.detail(award.id()).milestones()).extracting(AwardDetail.MilestoneView::id)
                .containsExactly(added, dropped.id(), kept.id(), last.id());
    }

    @Test
    void anApprovalRacingTheVariationThatWithdrawsItsMilestoneFailsAndPaysNothing() throws Exception {
        accept();
        AwardDetail.MilestoneView racing = milestone(0);
        AwardDetail.MilestoneView other = milestone(1);
        AwardDetail.MilestoneView last = milestone(2);
        complete(partner, "submitMilestoneEvidence", racing.id(), new EvidenceRequest("Done", null));
        java.util.concurrent.CountDownLatch applied = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> variation = pool.submit(() -> tx.executeWithoutResult(s -> {
                variations.replaceOpenMilestones(award.id(), List.of(
                        new PlanChange(other.id(), other.title(), other.dueDate(), null, new BigDecimal("150000.00")),
                        new PlanChange(last.id(), last.title(), last.dueDate(), null, new BigDecimal("300000.00"))),
                        AWARDED, null, "Hubs dropped", FUNDER.getUsername());
                applied.countDown();
                await(commit); // holds the milestone rows while the approval comes in
            }));
            assertThat(applied.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            // the review task as the manager found it before the variation commits; completing it races the commit
            WorkItem review = task(MANAGER, "reviewMilestoneEvidence", racing.id());
            java.util.concurrent.Future<?> approval = pool.submit(() -> completion.complete(review.id(),
                    json.valueToTree(new ReviewRequest(ReviewRequest.Decision.APPROVE, null)), MANAGER));
            commit.countDown();
            variation.get(60, java.util.concurrent.TimeUnit.SECONDS);
            // it waited for the variation's locks and lost, or came after it to a task that had ended: either way refused
            assertThatThrownBy(() -> approval.get(60, java.util.concurrent.TimeUnit.SECONDS))
                    .isInstanceOf(java.util.concurrent.ExecutionException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(view(racing.id()).status()).isEqualTo(MilestoneStatus.WITHDRAWN);
        assertThat(trancheOf(racing.id()).status()).isEqualTo(TrancheStatus.CANCELLED);
        assertThat(instanceOf(racing.id())).isNull();
        assertThat(trancheOf(last.id()).amount()).isEqualByComparingTo("300000.00");
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private void approve(long milestoneId) {
        complete(partner, "submitMilestoneEvidence", milestoneId, new EvidenceRequest("Done", null));
        complete(MANAGER, "reviewMilestoneEvidence", milestoneId, new ReviewRequest(ReviewRequest.Decision.APPROVE, null));
    }

    private void release(long milestoneId) {
        complete(MANAGER, "proposeTrancheRelease", milestoneId,
                new ReleaseProposalRequest(trancheOf(milestoneId).amount(), null));
        complete(FUNDER, "approveTrancheRelease", milestoneId,
                new ReleaseDecisionRequest(ReleaseDecisionRequest.Decision.RELEASE, null));
        Job notify = engine.getManagementService().createJobQuery().processInstanceId(instanceOf(milestoneId).getId())
                .activityId("notifyTrancheReleased").singleResult();
        engine.getManagementService().executeJob(notify.getId());
    }

    private void deliver(long milestoneId) {
        approve(milestoneId);
        release(milestoneId);
    }

    private void complete(PartnerflowUser user, String key, Long milestoneId, Object body) {
        completion.complete(task(user, key, milestoneId).id(), json.valueToTree(body), user);
    }

    private WorkItem task(PartnerflowUser user, String key, Long milestoneId) {
        return tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId()))
                .filter(t -> milestoneId == null || String.valueOf(milestoneId).equals(t.businessKey()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " task for " + user.getUsername()));
    }

    private AwardDetail.MilestoneView milestone(int index) {
        return awards.detail(award.id()).milestones().get(index);
    }

    private AwardDetail.MilestoneView view(long milestoneId) {
        return awards.detail(award.id()).milestones().stream().filter(m -> m.id() == milestoneId).findFirst()
                .orElseThrow();
    }

    private AwardDetail.TrancheView trancheOf(long milestoneId) {
        return awards.detail(award.id()).tranches().stream().filter(t -> t.milestoneId() == milestoneId).findFirst()
                .orElseThrow();
    }

    private ProcessInstance grant() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(award.processInstanceId())
                .singleResult();
    }

    private ProcessInstance instanceOf(long milestoneId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("milestoneDelivery")
                .processInstanceBusinessKey(String.valueOf(milestoneId)).singleResult();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }

    private Job closeOutTimer() {
        return engine.getManagementService().createJobQuery().processInstanceId(award.processInstanceId())
                .activityId("awardPeriodEnded").singleResult();
    }
}
