package org.partnerflow.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

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
import org.camunda.bpm.engine.task.Task;
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
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
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
 * The overdue follow-up of a milestone on the engine's clock: it has a due date; it ends by itself when the evidence
 * arrives; left past its due date it is escalated to the funders once and stays open; a re-plan moves the tranche.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:followupends;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(PausedJobExecutors.class)
class MilestoneFollowUpEndsProcessTest {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.f", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.f", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.f", Role.PROGRAMME_MANAGER);
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired MilestoneVariations variations;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @MockitoBean Notifier notifier;

    PartnerflowUser partner;
    AwardView award;
    AwardDetail.MilestoneView first;
    ProcessInstance instance;

    @BeforeEach
    void overdueMilestoneWithAFollowUp() {
        AbstractAssertions.init(engine);
        AwardFixture fixture = new AwardFixture(programmes, partnerships, tx);
        ProgrammeView programme = fixture.programme("1000000.00");
        partner = AwardFixture.partner(fixture.partnership(programme.id(), true).id());
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
        first = awards.detail(award.id()).milestones().get(0);
        instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("milestoneDelivery")
                .processInstanceBusinessKey(String.valueOf(first.id())).singleResult();
        Job overdue = timer("milestoneOverdue");
        ClockUtil.setCurrentTime(overdue.getDuedate());
        engine.getManagementService().executeJob(overdue.getId());
        assertThat(instance).isWaitingAt("submitMilestoneEvidence", "followUpOverdueMilestone");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theFollowUpIsDueFourteenDaysAfterItOpens() {
        LocalDate opened = first.dueDate().plusDays(1);
        Date due = Date.from(opened.plusDays(15).atStartOfDay(UK).toInstant());
        assertThat(followUpTask().getDueDate()).isEqualTo(due);
        assertThat(timer("milestoneFollowUpPastDue").getDuedate()).isEqualTo(due);
    }

    @Test
    void evidenceArrivingEndsTheOpenFollowUpByItselfWithARecordThatItEnded() {
        complete(partner, "submitMilestoneEvidence", Map.of("narrative", "Late but done"));
        assertThat(instance).hasPassed("evidenceArrived", "milestoneFollowUpAnswered", "endMilestoneFollowUp",
                "milestoneFollowUpEnded").isWaitingAt("reviewMilestoneEvidence");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("followUpOverdueMilestone").count()).isZero();
        assertThat(timer("milestoneFollowUpPastDue")).isNull(); // nothing left to escalate
        assertThat(jdbc.queryForList("select action, recorded_by, ended_at from follow_up where kind = 'MILESTONE'"
                + " and subject_id = ?", first.id())).singleElement().satisfies(row -> {
                    assertThat(row.get("ACTION")).isEqualTo("ENDED");
                    assertThat(row.get("RECORDED_BY")).isEqualTo("Partnerflow");
                    assertThat(row.get("ENDED_AT")).isNotNull();
                });
    }

    @Test
    void aFollowUpLeftPastItsDueDateIsEscalatedToTheFundersOnceAndStaysOpen() {
        Job pastDue = timer("milestoneFollowUpPastDue");
        ClockUtil.setCurrentTime(pastDue.getDuedate());
        engine.getManagementService().executeJob(pastDue.getId());
        assertThat(instance).hasPassed("escalateMilestoneFollowUp", "milestoneFollowUpEscalated")
                .isWaitingAt("submitMilestoneEvidence", "followUpOverdueMilestone");
        assertThat(timer("milestoneFollowUpPastDue")).isNull(); // never repeated
        verify(notifier, times(1)).send(argThat(n -> n.audience().equals("funders")
                && n.key().startsWith("follow-up-MILESTONE-" + first.id() + "-escalated")));
        assertThat(jdbc.queryForList("select action, due_on from follow_up where kind = 'MILESTONE' and subject_id = ?",
                first.id())).singleElement().satisfies(row -> {
                    assertThat(row.get("ACTION")).isEqualTo("ESCALATED");
                    assertThat(row.get("DUE_ON")).isNotNull();
                });
        complete(MANAGER, "followUpOverdueMilestone", Map.of("note", "Spoke to the lead partner"));
        assertThat(jdbc.queryForObject("select count(*) from follow_up where subject_id = ? and action = 'FOLLOWED_UP'",
                Integer.class, first.id())).isEqualTo(1);
    }

    @Test
    void replanningTheDueDateMovesItsTranchesPlannedDateButNotTheFollowUpDeadline() {
        Date deadline = timer("milestoneFollowUpPastDue").getDuedate();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofDays(3))));
        LocalDate later = first.dueDate().plusMonths(2);
        variations.vary(first.id(), new VariationRequest(later, null, null, "Venue delayed"), MANAGER.getUsername());
        AwardDetail.TrancheView tranche = awards.detail(award.id()).tranches().get(0);
        assertThat(tranche.plannedDate()).isEqualTo(later);
        assertThat(timer("milestoneFollowUpPastDue").getDuedate()).isEqualTo(deadline);
    }

    private Task followUpTask() {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("followUpOverdueMilestone").singleResult();
    }

    private Job timer(String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    private void complete(PartnerflowUser user, String key, Object body) {
        WorkItem task = tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId()))
                .filter(t -> first == null || !key.contains("Milestone") || String.valueOf(first.id()).equals(t.businessKey()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " task for " + user.getUsername()));
        completion.complete(task.id(), json.valueToTree(body), user);
    }
}
