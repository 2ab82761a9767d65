package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
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
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.learning.LearningFixture;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeChange;
import org.partnerflow.programme.ProgrammeEdits;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Close-out of grantAward on the engine's clock: the final report is reviewed (returned with comments, then
 * accepted), the underspend to recover is recorded, and a programme that holds the last tranche releases it only
 * after acceptance, through the same two-person release as every tranche.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:closeout;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(PausedJobExecutors.class)
class CloseOutProcessTest {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.c", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.c", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.c", Role.PROGRAMME_MANAGER);
    static final PartnerflowUser SECOND_MANAGER = AwardFixture.staff("manager.c2", Role.PROGRAMME_MANAGER);

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired ProgrammeEdits edits;
    @Autowired Partnerships partnerships;
    @Autowired Spending spending;
    @Autowired LearningReviews learningReviews;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @Autowired AuditTrail audit;
    @MockitoBean Notifier notifier;

    PartnerflowUser partner;
    ProgrammeView programme;
    AwardView award;

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
    void aReturnedFinalReportComesBackWithCommentsAndAcceptingItClosesTheAwardWithItsUnderspend() {
        ProcessInstance grant = activeAwardDeliveredToItsEnd();
        spending.report(award.id(), new SpendReturnRequest(1, new BigDecimal("140000.00"), "Year one", null), partner);
        spending.report(award.id(), new SpendReturnRequest(2, new BigDecimal("150000.00"), "Year two", null), partner);
        complete(partner, "submitFinalReport", Map.of("report", "Three hubs run by residents.",
                "spendSummary", "We spent less on venues than planned."));
        assertThat(grant).isWaitingAt("reviewFinalReport");
        assertThat(candidateGroups("reviewFinalReport")).containsExactly("programme-managers");

        assertThatThrownBy(() -> complete(MANAGER, "reviewFinalReport", Map.of("decision", "RETURN")))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("comments");
        complete(MANAGER, "reviewFinalReport", Map.of("decision", "RETURN", "comments", "Add what you learned."));
        assertThat(grant).isWaitingAt("submitFinalReport").hasPassed("finalReportOpen");
        AwardDetail returned = awards.detail(award.id());
        assertThat(returned.award().status()).isEqualTo(AwardStatus.ACTIVE);
        assertThat(returned.finalReport().comments()).isEqualTo("Add what you learned.");
        assertThat(returned.finalReport().spendSummary()).isEqualTo("We spent less on venues than planned.");

        complete(partner, "submitFinalReport", Map.of("report", "Three hubs; we learned to hire locally."));
        complete(SECOND_MANAGER, "reviewFinalReport", Map.of("decision", "ACCEPT", "comments", "Thank you"));
        assertThat(grant).isEnded().hasPassed("closeAward", "awardClosedNothingHeld").hasNotPassed("releaseHeldTranche");
        AwardDetail closed = awards.detail(award.id());
        assertThat(closed.award().status()).isEqualTo(AwardStatus.CLOSED);
        // released £450,000.00 less reported £290,000.00
        assertThat(closed.finalReport().underspendToRecover()).isEqualByComparingTo("160000.00");
        assertThat(closed.finalReport().reviewedBy()).isEqualTo(SECOND_MANAGER.getUsername());
        assertThat(audit.forAward(award.id(), 0, 200).items()).filteredOn(e -> e.action().equals("FINAL_REPORT_ACCEPTED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.amountAfter()).isEqualByComparingTo("160000.00");
                    assertThat(e.actor()).isEqualTo(SECOND_MANAGER.getUsername());
                });
        assertThat(audit.forAward(award.id(), 0, 200).items()).extracting(e -> e.action())
                .contains("FINAL_REPORT_RETURNED", "AWARD_CLOSED");
    }

    @Test
    void aProgrammeThatHoldsTheLastTrancheReleasesItOnlyAfterTheReportIsAcceptedByTwoPeople() {
        tx.executeWithoutResult(s -> edits.change(programme.id(), new ProgrammeChange(programme.version(), null, null,
                null, null, null, null, null, true, null)));
        ProcessInstance grant = activeAwardDeliveredToItsEnd();
        AwardDetail.TrancheView last = awards.detail(award.id()).tranches().get(2);
        assertThat(last.status()).isEqualTo(TrancheStatus.HELD);
        assertThat(awards.detail(award.id()).award().amountReleased()).isEqualByComparingTo("300000.00");

        complete(partner, "submitFinalReport", Map.of("report", "All done."));
        complete(MANAGER, "reviewFinalReport", Map.of("decision", "ACCEPT"));
        assertThat(grant).isEnded().hasPassed("closeAward", "releaseHeldTranche", "awardClosed");
        AwardDetail closed = awards.detail(award.id());
        assertThat(closed.award().status()).isEqualTo(AwardStatus.CLOSED);
        assertThat(closed.finalReport().underspendToRecover()).isEqualByComparingTo("450000.00"); // nothing reported spent
        assertThat(closed.tranches().get(2).status()).isEqualTo(TrancheStatus.DUE);

        ProcessInstance release = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("milestoneDelivery").processInstanceBusinessKey(String.valueOf(last.milestoneId()))
                .active().singleResult();
        assertThat(release).hasPassed("heldTrancheReleaseRequested").isWaitingAt("proposeTrancheRelease");
        complete(MANAGER, "proposeTrancheRelease", Map.of("amount", last.amount()));
        complete(FUNDER, "approveTrancheRelease", Map.of("decision", "RELEASE"));
        assertThat(release).hasPassed("releaseTranche");
        AwardDetail paid = awards.detail(award.id());
        assertThat(paid.tranches().get(2).status()).isEqualTo(TrancheStatus.RELEASED);
        assertThat(paid.award().amountReleased()).isEqualByComparingTo("450000.00");
    }

    /** Starts, assesses, approves and accepts an award of £450,000, delivers every milestone, signs off every learning
     * review and moves the clock past the end of the award period: grantAward then asks for the final report. */
    private ProcessInstance activeAwardDeliveredToItsEnd() {
        award = proposals.start(partner.partnershipIds().iterator().next(), partner);
        complete(partner, "submitProposal", AwardFixture.proposal("450000.00"));
        complete(ASSESSOR, "assessProposal", new AssessmentRequest(List.of(
                new AssessmentRequest.CriterionScore("Community voice and power", 4, null),
                new AssessmentRequest.CriterionScore("Strength of the partnership", 4, null),
                new AssessmentRequest.CriterionScore("Deliverability of the plan", 3, null),
                new AssessmentRequest.CriterionScore("Value for money", 4, null),
                new AssessmentRequest.CriterionScore("Learning and sharing", 5, null)), Recommendation.FUND, true));
        complete(FUNDER, "decideAward", new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("450000.00"),
                null, null, null));
        complete(partner, "acceptOffer", new AcceptanceRequest(true));
        for (AwardDetail.MilestoneView m : awards.detail(award.id()).milestones()) {
            complete(partner, "submitMilestoneEvidence", m.id(), Map.of("narrative", "Done: " + m.title()));
            complete(MANAGER, "reviewMilestoneEvidence", m.id(), Map.of("decision", "APPROVE"));
            AwardDetail.TrancheView tranche = awards.detail(award.id()).tranches().get(m.sequence() - 1);
            if (tranche.status() == TrancheStatus.HELD) {
                continue;
            }
            complete(MANAGER, "proposeTrancheRelease", m.id(), Map.of("amount", tranche.amount()));
            complete(FUNDER, "approveTrancheRelease", m.id(), Map.of("decision", "RELEASE"));
        }
        // the tranche e-mails wait in jobs of their own, as the job executor would run them
        for (Job job : engine.getManagementService().createJobQuery().activityId("notifyTrancheReleased").list()) {
            engine.getManagementService().executeJob(job.getId());
        }
        LearningFixture.signOffAll(engine, tasks, completion, learningReviews, json, award.id(), partner);
        ProcessInstance grant = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(award.processInstanceId()).singleResult();
        assertThat(grant).isWaitingAt("awardPeriodEnded");
        Job closeOut = engine.getManagementService().createJobQuery().processInstanceId(grant.getId()).timers()
                .singleResult();
        ClockUtil.setCurrentTime(closeOut.getDuedate());
        engine.getManagementService().executeJob(closeOut.getId());
        assertThat(grant).isWaitingAt("submitFinalReport");
        return grant;
    }

    private List<String> candidateGroups(String key) {
        WorkItem task = task(MANAGER, key, null);
        return engine.getTaskService().getIdentityLinksForTask(task.id()).stream()
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).toList();
    }

    private void complete(PartnerflowUser user, String key, Object body) {
        complete(user, key, null, body);
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
