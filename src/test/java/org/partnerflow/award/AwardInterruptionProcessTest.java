package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.partnerflow.audit.AuditEventView;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.milestone.MilestoneDelivery;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeChange;
import org.partnerflow.programme.ProgrammeEdits;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.Notifier;
import org.partnerflow.support.PausedJobExecutors;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Suspension and termination of grantAward on the engine's clock: a release approved while the award is suspended
 * waits for its resumption; ending an award early ends every milestone, learning review and outcome report still
 * running, cancels what was not released and returns it to the programme, and still asks for the final report.
 */
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:interruption;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(PausedJobExecutors.class)
class AwardInterruptionProcessTest {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.i", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.i", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.i", Role.PROGRAMME_MANAGER);
    static final LocalDate EFFECTIVE = AwardFixture.START.plusMonths(14);

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired ProgrammeEdits edits;
    @Autowired Partnerships partnerships;
    @Autowired AwardInterruptions interruptions;
    @Autowired MilestoneDelivery delivery;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.partnerflow.export.ThreeSixtyGivingExport export;
    @MockitoBean Notifier notifier;

    PartnerflowUser partner;
    ProgrammeView programme;
    AwardView award;
    ProcessInstance grant;

    @BeforeEach
    void programmeAndPartnership() {
        AbstractAssertions.init(engine);
        AwardFixture fixture = new AwardFixture(programmes, partnerships, tx);
        programme = fixture.programme("1000000.00");
        partner = AwardFixture.partner(fixture.partnership(programme.id(), true).id());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aReleaseApprovedWhileSuspendedWaitsAndGoesAheadWhenTheAwardIsResumed() {
        activeAward();
        interruptions.suspend(award.id(), new AwardInterruptions.Reason("Audit of the lead partner's accounts"), MANAGER);
        assertThat(grant).hasPassed("awardSuspended", "suspendAward").isWaitingAt("awardResumed");
        AwardDetail suspended = awards.detail(award.id());
        assertThat(suspended.award().status()).isEqualTo(AwardStatus.SUSPENDED);
        assertThat(suspended.interruption().suspensionReason()).isEqualTo("Audit of the lead partner's accounts");
        assertThat(suspended.interruption().suspendedBy()).isEqualTo(MANAGER.getUsername());

        AwardDetail.MilestoneView first = suspended.milestones().get(0);
        ProcessInstance milestone = deliverUpToTheRelease(first);
        assertThat(milestone).hasPassed("isAwardSuspended").isWaitingAt("awardResumed").hasNotPassed("releaseTranche");
        AwardDetail waiting = awards.detail(award.id());
        assertThat(waiting.tranches().get(0).status()).isNotEqualTo(TrancheStatus.RELEASED);
        assertThat(waiting.award().amountReleased()).isEqualByComparingTo("0.00");
        // nor can the release be forced while suspended
        assertThatThrownBy(() -> tx.execute(s -> delivery.release(first.id(), FUNDER.getUsername())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> interruptions.suspend(award.id(), new AwardInterruptions.Reason("again"), FUNDER))
                .isInstanceOf(ConflictException.class);

        interruptions.resume(award.id(), new AwardInterruptions.Reason("Accounts in order"), FUNDER);
        assertThat(grant).hasPassed("resumeAward", "suspensionEnded").isActive();
        assertThat(milestone).hasPassed("awardResumed", "releaseTranche");
        AwardDetail resumed = awards.detail(award.id());
        assertThat(resumed.award().status()).isEqualTo(AwardStatus.ACTIVE);
        assertThat(resumed.tranches().get(0).status()).isEqualTo(TrancheStatus.RELEASED);
        assertThat(resumed.award().amountReleased()).isEqualByComparingTo(resumed.tranches().get(0).amount());
        assertThat(resumed.interruption() == null || resumed.interruption().suspensionReason() == null).isTrue();
        List<AuditEventView> trail = audit.forAward(award.id(), 0, 200).items();
        assertThat(trail).filteredOn(e -> e.action().equals("AWARD_SUSPENDED")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(MANAGER.getUsername());
            assertThat(e.changes().get("status").before()).isEqualTo("ACTIVE");
            assertThat(e.changes().get("status").after()).isEqualTo("SUSPENDED");
            assertThat(e.changes().get("reason").after()).isEqualTo("Audit of the lead partner's accounts");
        });
        assertThat(trail).filteredOn(e -> e.action().equals("AWARD_RESUMED")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(FUNDER.getUsername());
            assertThat(e.changes().get("status").after()).isEqualTo("ACTIVE");
        });
        // a second suspension works as the first
        interruptions.suspend(award.id(), new AwardInterruptions.Reason("Second look"), FUNDER);
        assertThat(awards.detail(award.id()).award().status()).isEqualTo(AwardStatus.SUSPENDED);
    }

    @Test
    void endingAnAwardEarlyEndsEverythingRunningReturnsTheMoneyAndStillAsksForTheFinalReport() {
        activeAward();
        AwardDetail.MilestoneView first = awards.detail(award.id()).milestones().get(0);
        deliverUpToTheRelease(first);
        AwardDetail.MilestoneView second = awards.detail(award.id()).milestones().get(1);
        ProcessInstance secondDelivery = milestoneInstance(second.id());
        // the second milestone goes overdue: its follow-up is open when the award ends
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(secondDelivery.getId())
                .activityId("milestoneOverdue").singleResult();
        ClockUtil.setCurrentTime(overdue.getDuedate());
        engine.getManagementService().executeJob(overdue.getId());
        assertThat(secondDelivery).isWaitingAt("submitMilestoneEvidence", "followUpOverdueMilestone");
        assertThat(count("learningReview")).isPositive();
        assertThat(count("outcomeReporting")).isOne();
        BigDecimal remainingBefore = remaining();

        interruptions.terminate(award.id(), new AwardInterruptions.Termination("The partnership dissolved", EFFECTIVE),
                FUNDER);

        assertThat(grant).hasPassed("awardTerminated", "terminateAward", "finalReportOpen")
                .isWaitingAt("submitFinalReport").hasNotPassed("awardPeriodEnded");
        assertThat(count("milestoneDelivery")).isZero();
        assertThat(count("learningReview")).isZero();
        assertThat(count("outcomeReporting")).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processVariableValueEquals("awardId", award.id()).list())
                .extracting(t -> t.getTaskDefinitionKey()).containsExactly("submitFinalReport");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(grant.getId()).count()).isZero();

        AwardDetail ended = awards.detail(award.id());
        assertThat(ended.award().status()).isEqualTo(AwardStatus.TERMINATED);
        assertThat(ended.tranches()).extracting(AwardDetail.TrancheView::status).containsExactly(TrancheStatus.RELEASED,
                TrancheStatus.CANCELLED, TrancheStatus.CANCELLED);
        BigDecimal released = ended.tranches().get(0).amount();
        assertThat(ended.award().amountReleased()).isEqualByComparingTo(released);
        assertThat(ended.award().amountAwarded()).isEqualByComparingTo(released);
        assertThat(ended.interruption().amountAwardedBeforeTermination()).isEqualByComparingTo("450000.00");
        assertThat(ended.interruption().terminationEffectiveDate()).isEqualTo(EFFECTIVE);
        assertThat(remaining()).isEqualByComparingTo(remainingBefore.add(new BigDecimal("450000.00")).subtract(released));
        List<AuditEventView> trail = audit.forAward(award.id(), 0, 200).items();
        assertThat(trail).filteredOn(e -> e.action().equals("AWARD_TERMINATED")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(FUNDER.getUsername());
            assertThat(e.amountBefore()).isEqualByComparingTo("450000.00");
            assertThat(e.amountAfter()).isEqualByComparingTo(released);
            assertThat(e.changes().get("status").after()).isEqualTo("TERMINATED");
            assertThat(e.changes().get("reason").after()).isEqualTo("The partnership dissolved");
        });
        assertThat(trail).filteredOn(e -> e.action().equals("TRANCHE_CANCELLED")).hasSize(2);
        assertThat(trail).extracting(AuditEventView::action).contains("BUDGET_RELEASED");
        assertThatThrownBy(() -> interruptions.resume(award.id(), new AwardInterruptions.Reason("No"), FUNDER))
                .isInstanceOf(ConflictException.class);
        // the 360Giving file shows what was actually paid, planned to the effective date
        org.partnerflow.export.GrantPackage.Grant published = export.packageOf(programme.id(), FUNDER).grants().stream()
                .filter(g -> g.title().equals(ended.award().partnershipName())).findFirst().orElseThrow();
        assertThat(published.amountAwarded()).isEqualByComparingTo(released);
        assertThat(published.amountDisbursed()).isEqualByComparingTo(released);
        assertThat(published.plannedDates().get(0).endDate()).isEqualTo(EFFECTIVE.toString());
        assertThat(published.plannedDates().get(0).duration()).isEqualTo(15); // 1 April 2027 to 1 June 2028, in part

        complete(partner, "submitFinalReport", null, Map.of("report", "What we did before we stopped."));
        complete(MANAGER, "reviewFinalReport", null, Map.of("decision", "ACCEPT"));
        assertThat(grant).isEnded().hasPassed("closeAward", "awardClosedNothingHeld");
        AwardDetail closed = awards.detail(award.id());
        assertThat(closed.award().status()).isEqualTo(AwardStatus.CLOSED);
        assertThat(closed.interruption().terminationReason()).isEqualTo("The partnership dissolved");
        assertThat(closed.award().amountAwarded()).isEqualByComparingTo(released);
    }

    @Test
    void endingAnAwardWhoseReleaseWaitsForResumptionCancelsThatReleaseAndReturnsItsMoney() {
        activeAward();
        BigDecimal remainingBefore = remaining();
        interruptions.suspend(award.id(), new AwardInterruptions.Reason("Concerns"), MANAGER);
        AwardDetail.MilestoneView first = awards.detail(award.id()).milestones().get(0);
        ProcessInstance milestone = deliverUpToTheRelease(first);
        assertThat(milestone).isWaitingAt("awardResumed");

        interruptions.terminate(award.id(), new AwardInterruptions.Termination("Concerns confirmed", EFFECTIVE), FUNDER);
        assertThat(milestone).isEnded().hasNotPassed("releaseTranche");
        AwardDetail ended = awards.detail(award.id());
        assertThat(ended.award().status()).isEqualTo(AwardStatus.TERMINATED);
        assertThat(ended.tranches()).extracting(AwardDetail.TrancheView::status).containsOnly(TrancheStatus.CANCELLED);
        assertThat(ended.award().amountReleased()).isEqualByComparingTo("0.00");
        assertThat(ended.award().amountAwarded()).isEqualByComparingTo("0.00");
        assertThat(remaining()).isEqualByComparingTo(remainingBefore.add(new BigDecimal("450000.00")));
        assertThat(jdbc.queryForObject("select count(*) from disbursement where award_id = ?", Long.class, award.id()))
                .isZero();
        assertThat(grant).isWaitingAt("submitFinalReport");
    }

    @Test
    void endingAnAwardWhileAReleaseAwaitsItsApprovalTakesTheApprovalTaskAway() {
        activeAward();
        AwardDetail.MilestoneView first = awards.detail(award.id()).milestones().get(0);
        complete(partner, "submitMilestoneEvidence", first.id(), Map.of("narrative", "Done"));
        complete(MANAGER, "reviewMilestoneEvidence", first.id(), Map.of("decision", "APPROVE"));
        complete(MANAGER, "proposeTrancheRelease", first.id(),
                Map.of("amount", awards.detail(award.id()).tranches().get(0).amount()));
        WorkItem approval = task(FUNDER, "approveTrancheRelease", first.id());

        interruptions.terminate(award.id(), new AwardInterruptions.Termination("Ended", EFFECTIVE), FUNDER);
        assertThat(engine.getTaskService().createTaskQuery().taskId(approval.id()).count()).isZero();
        assertThatThrownBy(() -> completion.complete(approval.id(), json.valueToTree(Map.of("decision", "RELEASE")),
                FUNDER)).isNotNull();
        AwardDetail ended = awards.detail(award.id());
        assertThat(ended.tranches().get(0).status()).isEqualTo(TrancheStatus.CANCELLED);
        assertThat(ended.award().amountReleased()).isEqualByComparingTo("0.00");
    }

    @Test
    void aTrancheHeldForCloseOutIsCancelledByTheTerminationAndNotReleasedAtClose() {
        tx.executeWithoutResult(s -> edits.change(programme.id(), new ProgrammeChange(programme.version(), null, null,
                null, null, null, null, null, true, null)));
        activeAward();
        for (AwardDetail.MilestoneView m : awards.detail(award.id()).milestones()) {
            complete(partner, "submitMilestoneEvidence", m.id(), Map.of("narrative", "Done: " + m.title()));
            complete(MANAGER, "reviewMilestoneEvidence", m.id(), Map.of("decision", "APPROVE"));
            AwardDetail.TrancheView tranche = awards.detail(award.id()).tranches().get(m.sequence() - 1);
            if (tranche.status() != TrancheStatus.HELD) {
                complete(MANAGER, "proposeTrancheRelease", m.id(), Map.of("amount", tranche.amount()));
                complete(FUNDER, "approveTrancheRelease", m.id(), Map.of("decision", "RELEASE"));
            }
        }
        assertThat(awards.detail(award.id()).tranches().get(2).status()).isEqualTo(TrancheStatus.HELD);

        interruptions.terminate(award.id(), new AwardInterruptions.Termination("Ended before the last year", EFFECTIVE),
                FUNDER);
        AwardDetail ended = awards.detail(award.id());
        assertThat(ended.tranches().get(2).status()).isEqualTo(TrancheStatus.CANCELLED);
        complete(partner, "submitFinalReport", null, Map.of("report", "Two years done."));
        complete(MANAGER, "reviewFinalReport", null, Map.of("decision", "ACCEPT"));
        assertThat(grant).isEnded().hasPassed("awardClosedNothingHeld").hasNotPassed("releaseHeldTranche");
        AwardDetail closed = awards.detail(award.id());
        assertThat(closed.tranches().get(2).status()).isEqualTo(TrancheStatus.CANCELLED);
        assertThat(closed.award().amountReleased()).isEqualByComparingTo(closed.award().amountAwarded());
    }

    /** Evidence, review, proposal and the funder's approval of a milestone's tranche; returns its delivery. */
    private ProcessInstance deliverUpToTheRelease(AwardDetail.MilestoneView m) {
        ProcessInstance milestone = milestoneInstance(m.id());
        complete(partner, "submitMilestoneEvidence", m.id(), Map.of("narrative", "Done: " + m.title()));
        complete(MANAGER, "reviewMilestoneEvidence", m.id(), Map.of("decision", "APPROVE"));
        complete(MANAGER, "proposeTrancheRelease", m.id(),
                Map.of("amount", awards.detail(award.id()).tranches().get(m.sequence() - 1).amount()));
        complete(FUNDER, "approveTrancheRelease", m.id(), Map.of("decision", "RELEASE"));
        return milestone;
    }

    private void activeAward() {
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
        grant = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(award.processInstanceId())
                .singleResult();
        assertThat(grant).isWaitingAt("deliverMilestones", "runLearningReviews");
    }

    private ProcessInstance milestoneInstance(long milestoneId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("milestoneDelivery")
                .processInstanceBusinessKey(String.valueOf(milestoneId)).singleResult();
    }

    private long count(String processKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .variableValueEquals("awardId", award.id()).count();
    }

    private BigDecimal remaining() {
        return programmes.get(programme.id(), FUNDER).remainingBudget();
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
}
