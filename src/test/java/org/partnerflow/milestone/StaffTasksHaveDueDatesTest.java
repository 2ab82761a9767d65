package org.partnerflow.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.award.AcceptanceRequest;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.award.PanelDecision;
import org.partnerflow.award.Recommendation;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.Notifier;
import org.partnerflow.support.PausedJobExecutors;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff steps of grantAward and milestoneDelivery carry a due date from the engine's clock: assessment and the
 * panel's decision 14 days, the evidence review and the two release steps 10 days (partnerflow.tasks.deadlines),
 * each read by the task list (and so GET /api/v1/tasks and the pages) as that day.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:milestones;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(PausedJobExecutors.class)
class StaffTasksHaveDueDatesTest {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.d", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.d", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.d", Role.PROGRAMME_MANAGER);
    static final PartnerflowUser MANAGER_AND_FUNDER = new PartnerflowUser(78L, "both.d", "Both", "", true,
            EnumSet.of(Role.PROGRAMME_MANAGER, Role.FUNDER), Set.of());
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired org.partnerflow.award.Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @Autowired Formats formats;
    @MockitoBean Notifier notifier;

    AwardView award;

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void eachStaffStepIsDueItsConfiguredDaysAfterItArrives() {
        AwardFixture fixture = new AwardFixture(programmes, partnerships, tx);
        PartnerflowUser partner = AwardFixture.partner(fixture.partnership(
                fixture.programme("1000000.00").id(), true).id());
        at("2027-02-10T10:00:00Z");
        award = proposals.start(partner.partnershipIds().iterator().next(), partner);
        assertThat(task(partner, "submitProposal").due()).as("the partnership's proposal has no deadline").isNull();
        complete(partner, "submitProposal", AwardFixture.proposal("450000.00"));
        assertDueOn(task(ASSESSOR, "assessProposal"), "2027-02-24");

        at("2027-03-01T16:30:00Z");
        complete(ASSESSOR, "assessProposal", new AssessmentRequest(List.of(
                new AssessmentRequest.CriterionScore("Community voice and power", 4, null),
                new AssessmentRequest.CriterionScore("Strength of the partnership", 4, null),
                new AssessmentRequest.CriterionScore("Deliverability of the plan", 3, null),
                new AssessmentRequest.CriterionScore("Value for money", 4, null),
                new AssessmentRequest.CriterionScore("Learning and sharing", 5, null)), Recommendation.FUND, true));
        assertDueOn(task(FUNDER, "decideAward"), "2027-03-15");
        complete(FUNDER, "decideAward", new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("450000.00"),
                null, null, null));
        complete(partner, "acceptOffer", new AcceptanceRequest(true));

        at("2027-06-30T23:30:00Z"); // already 1 July in the UK (summer time): the day counts from the UK date
        complete(partner, "submitMilestoneEvidence", new EvidenceRequest("Hubs are open.", null));
        assertDueOn(task(MANAGER, "reviewMilestoneEvidence"), "2027-07-11");
        complete(MANAGER, "reviewMilestoneEvidence", new ReviewRequest(ReviewRequest.Decision.APPROVE, null));
        assertDueOn(task(MANAGER_AND_FUNDER, "proposeTrancheRelease"), "2027-07-11");
        complete(MANAGER_AND_FUNDER, "proposeTrancheRelease",
                new ReleaseProposalRequest(new BigDecimal("150000.00"), "Evidence approved"));
        WorkItem approval = task(FUNDER, "approveTrancheRelease");
        assertDueOn(approval, "2027-07-11");
        assertThat(formats.dueDay(approval.due())).isEqualTo("11 July 2027");
    }

    /** Due by the end of that UK day: late from the midnight after it. */
    private static void assertDueOn(WorkItem task, String day) {
        assertThat(task.due()).as(task.taskDefinitionKey())
                .isEqualTo(LocalDate.parse(day).plusDays(1).atStartOfDay(UK).toInstant());
    }

    private static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    private WorkItem task(PartnerflowUser user, String key) {
        return tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " task for " + user.getUsername()));
    }

    private void complete(PartnerflowUser user, String key, Object body) {
        completion.complete(task(user, key).id(), json.valueToTree(body), user);
    }
}
