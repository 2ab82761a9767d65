package org.partnerflow.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.audit.AuditTrail;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.award.AcceptanceRequest;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.milestone.MilestoneStatus;
import org.partnerflow.award.PanelDecision;
import org.partnerflow.award.Recommendation;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.Notification;
import org.partnerflow.shared.Notifier;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.FollowUpRequest;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.partnerflow.support.PausedJobExecutors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * milestoneDelivery from an activated award: on time, late (the engine's clock, not sleeps), rework, hold,
 * re-plan, release once under concurrency, and close-out of the award when every milestone is delivered.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:milestones;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(PausedJobExecutors.class) // the clock moves months on: no cached context may fire its timers meanwhile
class MilestoneDeliveryProcessTest {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.m", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.m", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.m", Role.PROGRAMME_MANAGER);
    static final PartnerflowUser MANAGER_AND_FUNDER = new PartnerflowUser(77L, "both.m", "Both", "", true,
            EnumSet.of(Role.PROGRAMME_MANAGER, Role.FUNDER), Set.of());
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired org.partnerflow.award.Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired MilestoneDelivery delivery;
    @Autowired MilestoneVariations variations;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.partnerflow.learning.LearningReviews learningReviews;
    @Autowired AuditTrail audit;
    @MockitoBean Notifier notifier;

    PartnerflowUser partner;
    AwardView award;

    @BeforeEach
    void activeAward() {
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
        complete(FUNDER, "decideAward", null, new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("450000.00"),
                null, null, null));
        complete(partner, "acceptOffer", null, new AcceptanceRequest(true));
    }

    @Test
    void everyMilestoneOfAnActiveAwardRunsItsOwnDelivery() {
        AwardDetail detail = awards.detail(award.id());
        assertThat(detail.award().status()).isEqualTo(AwardStatus.ACTIVE);
        for (AwardDetail.MilestoneView m : detail.milestones()) {
            assertThat(instanceOf(m.id())).isWaitingAt("submitMilestoneEvidence");
        }
        assertThat(tasks.visibleTo(partner, new TaskFilter("submitMilestoneEvidence", null, false, 0, 50))).hasSize(3);
    }

    @Test
    void evidenceOnTimeIsApprovedAndItsTrancheReleasedByASecondPerson() {
        AwardDetail.MilestoneView first = milestone(0);
        ProcessInstance instance = instanceOf(first.id());
        complete(partner, "submitMilestoneEvidence", first.id(), new EvidenceRequest("Hubs are open in 4 wards.",
                List.of("https://example.org/report")));
        assertThat(status(first.id())).isEqualTo(MilestoneStatus.SUBMITTED);
        complete(MANAGER, "reviewMilestoneEvidence", first.id(), new ReviewRequest(ReviewRequest.Decision.APPROVE, "Good"));
        assertThat(status(first.id())).isEqualTo(MilestoneStatus.APPROVED);
        assertThat(tranche(0).status()).isEqualTo(TrancheStatus.DUE);

        complete(MANAGER_AND_FUNDER, "proposeTrancheRelease", first.id(),
                new ReleaseProposalRequest(new BigDecimal("150000.00"), "Evidence approved"));
        assertThatThrownBy(() -> complete(MANAGER_AND_FUNDER, "approveTrancheRelease", first.id(),
                new ReleaseDecisionRequest(ReleaseDecisionRequest.Decision.RELEASE, null)))
                .isInstanceOf(AccessDeniedException.class);
        complete(FUNDER, "approveTrancheRelease", first.id(),
                new ReleaseDecisionRequest(ReleaseDecisionRequest.Decision.RELEASE, null));

        // The e-mail waits for a job of its own: the release has committed whatever happens to it.
        assertThat(instance).hasPassed("releaseTranche").isWaitingAt("notifyTrancheReleased");
        assertThat(tranche(0).status()).isEqualTo(TrancheStatus.RELEASED);
        engine.getManagementService().executeJob(notificationJob(instance).getId());
        assertThat(instance).isEnded().hasPassed("notifyTrancheReleased", "trancheReleased");
        verify(notifier).send(org.mockito.ArgumentMatchers.argThat(n -> n.audience().equals("partnership-"
                + partner.partnershipIds().iterator().next()) && n.key().equals("tranche-released-" + tranche(0).id())));
        assertThat(awards.detail(award.id()).award().amountReleased()).isEqualByComparingTo("150000.00");
        assertThat(jdbc.queryForObject("select count(*) from disbursement where award_id = ?", Integer.class, award.id()))
                .isEqualTo(1);
    }

    @Test
    void aFailingNotificationIsRetriedThenRaisesAnIncidentWithoutUndoingTheRelease() {
        AwardDetail.MilestoneView first = milestone(0);
        ProcessInstance instance = instanceOf(first.id());
        complete(partner, "submitMilestoneEvidence", first.id(), new EvidenceRequest("Done", null));
        complete(MANAGER, "reviewMilestoneEvidence", first.id(), new ReviewRequest(ReviewRequest.Decision.APPROVE, null));
        complete(MANAGER, "proposeTrancheRelease", first.id(), new ReleaseProposalRequest(new BigDecimal("150000.00"), null));
        complete(FUNDER, "approveTrancheRelease", first.id(),
                new ReleaseDecisionRequest(ReleaseDecisionRequest.Decision.RELEASE, null));
        doThrow(new IllegalStateException("mail server unreachable")).when(notifier).send(any(Notification.class));

        Date now = new Date();
        ClockUtil.setCurrentTime(now);
        int attempts = 0;
        while (notificationJob(instance).getRetries() > 0) {
            Job job = notificationJob(instance);
            assertThat(job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
                    .as("attempt %d is due", attempts + 1).isTrue();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasMessageContaining("mail server unreachable");
            attempts++;
            Job after = notificationJob(instance);
            if (after.getRetries() > 0) {
                // the next attempt waits five minutes (R3/PT5M in the model)
                assertThat(after.getDuedate()).isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + 5 * 60_000));
                ClockUtil.setCurrentTime(after.getDuedate());
            }
        }
        assertThat(attempts).isEqualTo(3);
        verify(notifier, times(3)).send(org.mockito.ArgumentMatchers.argThat(
                n -> n.key().equals("tranche-released-" + tranche(0).id())));
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
                .singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("notifyTrancheReleased");
        assertThat(incident.getIncidentMessage()).contains("mail server unreachable");
        // The funder's decision and the payment stand: the process waits at the e-mail, nothing was rolled back.
        assertThat(instance).isWaitingAt("notifyTrancheReleased");
        assertThat(tranche(0).status()).isEqualTo(TrancheStatus.RELEASED);
        assertThat(awards.detail(award.id()).award().amountReleased()).isEqualByComparingTo("150000.00");
        assertThat(jdbc.queryForObject("select count(*) from disbursement where award_id = ?", Integer.class, award.id()))
                .isEqualTo(1);

        // An administrator fixes the mail server and retries the job (Cockpit: increment retries): the process ends.
        org.mockito.Mockito.reset(notifier);
        engine.getManagementService().setJobRetries(notificationJob(instance).getId(), 1);
        engine.getManagementService().executeJob(notificationJob(instance).getId());
        assertThat(instance).isEnded();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aMilestonePastItsDueDateIsMarkedOverdueAndEscalatedToProgrammeManagers() {
        AwardDetail.MilestoneView first = milestone(0);
        ProcessInstance instance = instanceOf(first.id());
        Job reminder = timer(instance, "milestoneReminder");
        Job overdue = timer(instance, "milestoneOverdue");
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(first.dueDate().plusDays(1).atStartOfDay(UK).toInstant()));

        ClockUtil.setCurrentTime(reminder.getDuedate());
        engine.getManagementService().executeJob(reminder.getId());
        assertThat(instance).hasPassed("sendMilestoneReminder");
        assertThat(status(first.id())).isEqualTo(MilestoneStatus.PLANNED);

        ClockUtil.setCurrentTime(overdue.getDuedate());
        engine.getManagementService().executeJob(overdue.getId());
        assertThat(status(first.id())).isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(instance).isWaitingAt("submitMilestoneEvidence", "followUpOverdueMilestone");
        // e-mailed in the timers' own transactions: the reminder to the partnership, the escalation to both
        String partnership = "partnership-" + partner.partnershipIds().iterator().next();
        verify(notifier).send(org.mockito.ArgumentMatchers.argThat(n -> "milestone-reminder".equals(n.template())
                && n.audience().equals(partnership) && n.key().equals("milestone-" + first.id() + "-reminder-"
                + first.dueDate())));
        verify(notifier).send(org.mockito.ArgumentMatchers.argThat(n -> "milestone-overdue".equals(n.template())
                && n.audience().equals(partnership) && Boolean.FALSE.equals(n.model().get("forManagers"))));
        verify(notifier).send(org.mockito.ArgumentMatchers.argThat(n -> "milestone-overdue".equals(n.template())
                && n.audience().equals("programme-managers") && Boolean.TRUE.equals(n.model().get("forManagers"))));
        complete(MANAGER, "followUpOverdueMilestone", first.id(), new FollowUpRequest("  Called the lead partner "));
        assertThat(delivery.history(first.id()).followUps()).singleElement().satisfies(f -> {
            assertThat(f.note()).isEqualTo("Called the lead partner");
            assertThat(f.recordedBy()).isEqualTo(MANAGER.getUsername());
        });
        assertThat(audit.forAward(award.id(), 0, 200).items()).filteredOn(e -> e.action().equals("OVERDUE_FOLLOWED_UP"))
                .singleElement().satisfies(e -> {
                    assertThat(e.subjectId()).isEqualTo(String.valueOf(first.id()));
                    assertThat(e.actor()).isEqualTo(MANAGER.getUsername());
                });

        complete(partner, "submitMilestoneEvidence", first.id(), new EvidenceRequest("Late but done", null));
        assertThat(status(first.id())).isEqualTo(MilestoneStatus.SUBMITTED);
    }

    @Test
    void evidenceReturnedForChangesComesBackToThePartnershipUntilApproved() {
        AwardDetail.MilestoneView first = milestone(0);
        complete(partner, "submitMilestoneEvidence", first.id(), new EvidenceRequest("First go", null));
        assertThatThrownBy(() -> complete(MANAGER, "reviewMilestoneEvidence", first.id(),
                new ReviewRequest(ReviewRequest.Decision.REQUEST_CHANGES, " ")))
                .hasMessageContaining("comments");
        complete(MANAGER, "reviewMilestoneEvidence", first.id(),
                new ReviewRequest(ReviewRequest.Decision.REQUEST_CHANGES, "Add the attendance numbers"));
        assertThat(status(first.id())).isEqualTo(MilestoneStatus.CHANGES_REQUESTED);
        assertThat(instanceOf(first.id())).hasPassed("returnMilestoneEvidence").isWaitingAt("submitMilestoneEvidence");

        complete(partner, "submitMilestoneEvidence", first.id(), new EvidenceRequest("With numbers: 212 people", null));
        complete(MANAGER, "reviewMilestoneEvidence", first.id(), new ReviewRequest(ReviewRequest.Decision.APPROVE, null));
        assertThat(status(first.id())).isEqualTo(MilestoneStatus.APPROVED);
        assertThat(delivery.history(first.id()).submissions()).hasSize(2);
    }

    @Test
    void aHeldReleaseGoesBackToTheProgrammeManager() {
        AwardDetail.MilestoneView first = milestone(0);
        complete(partner, "submitMilestoneEvidence", first.id(), new EvidenceRequest("Done", null));
        complete(MANAGER, "reviewMilestoneEvidence", first.id(), new ReviewRequest(ReviewRequest.Decision.APPROVE, null));
        assertThatThrownBy(() -> complete(MANAGER, "proposeTrancheRelease", first.id(),
                new ReleaseProposalRequest(new BigDecimal("1.00"), null))).hasMessageContaining("tranche's amount");
        complete(MANAGER, "proposeTrancheRelease", first.id(), new ReleaseProposalRequest(new BigDecimal("150000.00"), null));
        complete(FUNDER, "approveTrancheRelease", first.id(),
                new ReleaseDecisionRequest(ReleaseDecisionRequest.Decision.HOLD, "Wait for the audit"));
        assertThat(instanceOf(first.id())).isWaitingAt("proposeTrancheRelease");
        assertThat(awards.detail(award.id()).award().amountReleased()).isEqualByComparingTo("0.00");
    }

    @Test
    void aReplannedDueDateMovesTheRunningTimers() {
        AwardDetail.MilestoneView first = milestone(0);
        ProcessInstance instance = instanceOf(first.id());
        LocalDate later = first.dueDate().plusMonths(2);
        variations.vary(first.id(), new VariationRequest(later, null, null, "Venue delayed"), MANAGER.getUsername());
        assertThat(timer(instance, "milestoneOverdue").getDuedate())
                .isEqualTo(Date.from(later.plusDays(1).atStartOfDay(UK).toInstant()));
        assertThat(delivery.history(first.id()).variations()).singleElement()
                .satisfies(v -> assertThat(v.getOldDueDate()).isEqualTo(first.dueDate()));
        assertThatThrownBy(() -> variations.vary(first.id(), new VariationRequest(LocalDate.of(2040, 1, 1), null, null, "Too far"),
                MANAGER.getUsername())).hasMessageContaining("award period");
    }

    @Test
    void aReplannedTrancheAmountIsBalancedByAnotherSoTheTranchesStillAddUpToTheAward() {
        AwardDetail.MilestoneView first = milestone(0);
        AwardDetail.MilestoneView last = milestone(2);
        variations.vary(first.id(), new VariationRequest(null, new BigDecimal("120000.00"), last.id(), "Smaller start"),
                MANAGER.getUsername());
        assertThat(tranche(0).amount()).isEqualByComparingTo("120000.00");
        assertThat(tranche(2).amount()).isEqualByComparingTo("180000.00");
        assertThat(awards.detail(award.id()).tranches().stream().map(AwardDetail.TrancheView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("450000.00");
        assertThat(delivery.history(first.id()).variations()).singleElement()
                .satisfies(v -> assertThat(v.getNewAmount()).isEqualByComparingTo("120000.00"));

        assertThatThrownBy(() -> variations.vary(first.id(), new VariationRequest(null, new BigDecimal("500000.00"),
                last.id(), "Too much"), MANAGER.getUsername())).hasMessageContaining("must stay above £0");
        assertThatThrownBy(() -> variations.vary(first.id(), new VariationRequest(null, new BigDecimal("1.00"),
                first.id(), "Itself"), MANAGER.getUsername())).hasMessageContaining("another milestone");
        assertThatThrownBy(() -> variations.vary(first.id(), new VariationRequest(null, new BigDecimal("1.00"),
                null, "Unbalanced"), MANAGER.getUsername())).hasMessageContaining("takes up the difference");
        assertThat(tranche(0).amount()).isEqualByComparingTo("120000.00");
    }

    @Test
    void concurrentReleasesOfOneTranchePayItOnce() throws Exception {
        AwardDetail.MilestoneView first = milestone(0);
        complete(partner, "submitMilestoneEvidence", first.id(), new EvidenceRequest("Done", null));
        complete(MANAGER, "reviewMilestoneEvidence", first.id(), new ReviewRequest(ReviewRequest.Decision.APPROVE, null));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Boolean> release = () -> {
                start.await();
                try {
                    return delivery.release(first.id(), "funder.m");
                } catch (RuntimeException e) {
                    return false; // a loser of the race may see a lock timeout or the unique key; either pays nothing
                }
            };
            results.add(pool.submit(release));
        }
        start.countDown();
        int released = 0;
        for (Future<Boolean> result : results) {
            released += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(released).isEqualTo(1);
        assertThat(awards.detail(award.id()).award().amountReleased()).isEqualByComparingTo("150000.00");
        assertThat(jdbc.queryForObject("select count(*) from disbursement where award_id = ?", Integer.class, award.id()))
                .isEqualTo(1);
    }

    @Test
    void whenEveryMilestoneIsDeliveredAndThePeriodEndsTheAwardCloses() {
        for (AwardDetail.MilestoneView m : awards.detail(award.id()).milestones()) {
            complete(partner, "submitMilestoneEvidence", m.id(), new EvidenceRequest("Done", null));
            complete(MANAGER, "reviewMilestoneEvidence", m.id(), new ReviewRequest(ReviewRequest.Decision.APPROVE, null));
            complete(MANAGER, "proposeTrancheRelease", m.id(), new ReleaseProposalRequest(tranche(m.sequence() - 1).amount(), null));
            complete(FUNDER, "approveTrancheRelease", m.id(),
                    new ReleaseDecisionRequest(ReleaseDecisionRequest.Decision.RELEASE, null));
        }
        sendNotifications();
        ProcessInstance grant = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(award.processInstanceId()).singleResult();
        assertThat(grant).isWaitingAt("runLearningReviews"); // the learning reviews run beside the milestones
        org.partnerflow.learning.LearningFixture.signOffAll(engine, tasks, completion, learningReviews, json, award.id(), partner);
        assertThat(grant).isWaitingAt("awardPeriodEnded");
        Job closeOut = engine.getManagementService().createJobQuery().processInstanceId(grant.getId()).timers().singleResult();
        ClockUtil.setCurrentTime(closeOut.getDuedate());
        engine.getManagementService().executeJob(closeOut.getId());
        complete(partner, "submitFinalReport", null, Map.of("report", "All three hubs run by residents."));
        assertThat(grant).isWaitingAt("reviewFinalReport");
        complete(MANAGER, "reviewFinalReport", null, Map.of("decision", "ACCEPT"));
        assertThat(grant).isEnded().hasPassed("closeAward", "awardClosedNothingHeld");
        AwardDetail closed = awards.detail(award.id());
        assertThat(closed.award().status()).isEqualTo(AwardStatus.CLOSED);
        assertThat(closed.award().amountReleased()).isEqualByComparingTo(closed.award().amountAwarded());
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private void complete(PartnerflowUser user, String key, Long milestoneId, Object body) {
        WorkItem task = tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId()))
                .filter(t -> milestoneId == null || String.valueOf(milestoneId).equals(t.businessKey()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " task for " + user.getUsername()));
        completion.complete(task.id(), json.valueToTree(body), user);
    }

    private AwardDetail.MilestoneView milestone(int index) {
        return awards.detail(award.id()).milestones().get(index);
    }

    private AwardDetail.TrancheView tranche(int index) {
        return awards.detail(award.id()).tranches().get(index);
    }

    private MilestoneStatus status(long milestoneId) {
        return delivery.history(milestoneId).milestone().status();
    }

    private ProcessInstance instanceOf(long milestoneId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("milestoneDelivery")
                .processInstanceBusinessKey(String.valueOf(milestoneId)).singleResult();
    }

    private Job notificationJob(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("notifyTrancheReleased").singleResult();
    }

    /** Runs the tranche e-mails waiting in their own jobs, as the job executor would. */
    private void sendNotifications() {
        for (Job job : engine.getManagementService().createJobQuery().activityId("notifyTrancheReleased").list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }
}
