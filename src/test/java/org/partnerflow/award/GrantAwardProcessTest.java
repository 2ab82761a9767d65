package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of grantAward, driven as people drive it: through the task list, as the partner, the assessor and
 * the funder; timers by the engine's clock. Writes the process test coverage report.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:grant-award;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrantAwardProcessTest {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.one", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.one", Role.FUNDER);

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;

    AwardFixture fixture;
    ProgrammeView programme;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        fixture = new AwardFixture(programmes, partnerships, tx);
        programme = fixture.programme("1000000.00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void anApprovedAndAcceptedProposalBecomesAnActiveAward() {
        PartnerflowUser partner = partnerOfNewPartnership(true);
        AwardView award = start(partner);
        ProcessInstance instance = current;
        assertThat(instance).isWaitingAt("submitProposal");

        complete(partner, "submitProposal", AwardFixture.proposal("450000.00"));
        assertThat(instance).hasPassed("checkEligibility").isWaitingAt("assessProposal");
        assertThat(status(award)).isEqualTo(AwardStatus.UNDER_ASSESSMENT);

        complete(ASSESSOR, "assessProposal", assessment(Recommendation.FUND));
        complete(FUNDER, "decideAward", new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("450000.00"),
                null, "Report progress quarterly", null));
        assertThat(instance).hasPassed("makeOffer").isWaitingAt("acceptOffer");
        assertThat(status(award)).isEqualTo(AwardStatus.OFFERED);
        assertThat(programmes.get(programme.id(), FUNDER).awarded()).isEqualByComparingTo("450000.00");

        complete(partner, "acceptOffer", new AcceptanceRequest(true));
        assertThat(instance).hasPassed("activateAward").isWaitingAt("deliverMilestones");
        AwardDetail active = awards.detail(award.id());
        assertThat(active.award().status()).isEqualTo(AwardStatus.ACTIVE);
        assertThat(active.tranches()).extracting(AwardDetail.TrancheView::amount)
                .map(BigDecimal::toPlainString).containsExactly("150000.00", "150000.00", "150000.00");
    }

    @Test
    @Order(2)
    void changesRequestedGoBackToThePartnershipAndARevisedProposalIsApproved() {
        PartnerflowUser partner = partnerOfNewPartnership(true);
        AwardView award = start(partner);
        ProcessInstance instance = current;
        complete(partner, "submitProposal", AwardFixture.proposal("450000.00"));
        complete(ASSESSOR, "assessProposal", assessment(Recommendation.FUND_WITH_CONDITIONS));
        complete(FUNDER, "decideAward", new DecisionRequest(PanelDecision.REQUEST_CHANGES, null,
                "Show how residents will lead the hubs", null, null));
        assertThat(instance).hasPassed("requestChanges").isWaitingAt("submitProposal");
        assertThat(status(award)).isEqualTo(AwardStatus.CHANGES_REQUESTED);

        complete(partner, "submitProposal", AwardFixture.proposal("300000.00"));
        complete(ASSESSOR, "assessProposal", assessment(Recommendation.FUND));
        complete(FUNDER, "decideAward", new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("270000.00"), null,
                null, List.of(new BigDecimal("90000.00"), new BigDecimal("90000.00"), new BigDecimal("90000.00"))));
        complete(partner, "acceptOffer", new AcceptanceRequest(true));
        assertThat(instance).hasPassed("activateAward").isWaitingAt("deliverMilestones");
        AwardDetail detail = awards.detail(award.id());
        assertThat(detail.round()).isEqualTo(2);
        assertThat(detail.award().amountAwarded()).isEqualByComparingTo("270000.00");
        assertThat(detail.assessments()).hasSize(2);
        // £270,000.00 of £300,000.00: the budget by year follows the decision, in proportion, adding up to the award
        assertThat(detail.budgetByYear()).extracting(BudgetLine::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("90000.00", "90000.00", "90000.00");
    }

    @Test
    @Order(3)
    void aRejectedProposalEndsWithReasonsAndCommitsNoMoney() {
        PartnerflowUser partner = partnerOfNewPartnership(true);
        AwardView award = start(partner);
        complete(partner, "submitProposal", AwardFixture.proposal("400000.00"));
        complete(ASSESSOR, "assessProposal", assessment(Recommendation.DO_NOT_FUND));
        complete(FUNDER, "decideAward", new DecisionRequest(PanelDecision.REJECT, null, "Outside the programme's aims",
                null, null));
        assertThat(current).isEnded().hasPassed("rejectProposal", "proposalRejected");
        assertThat(status(award)).isEqualTo(AwardStatus.REJECTED);
        assertThat(programmes.get(programme.id(), FUNDER).awarded()).isEqualByComparingTo("0.00");
    }

    @Test
    @Order(4)
    void anIneligiblePartnershipIsToldWhyAndMayResubmit() {
        PartnerflowUser partner = partnerOfNewPartnership(false);
        AwardView award = start(partner);
        ProcessInstance instance = current;
        complete(partner, "submitProposal", AwardFixture.proposal("200000.00"));
        assertThat(instance).hasPassed("checkEligibility").isWaitingAt("submitProposal");
        AwardDetail detail = awards.detail(award.id());
        assertThat(detail.award().status()).isEqualTo(AwardStatus.CHANGES_REQUESTED);
        assertThat(detail.ineligibilityReasons()).contains("Voluntary, community or social enterprise");
        assertThat(tasks.visibleTo(ASSESSOR, TaskFilter.all())).noneMatch(t -> award.id().equals(t.awardId()));
    }

    @Test
    @Order(5)
    void anOfferNotAcceptedWithin30DaysIsWithdrawnAndItsMoneyReturned() {
        PartnerflowUser partner = partnerOfNewPartnership(true);
        AwardView award = start(partner);
        ProcessInstance instance = current;
        complete(partner, "submitProposal", AwardFixture.proposal("450000.00"));
        complete(ASSESSOR, "assessProposal", assessment(Recommendation.FUND));
        complete(FUNDER, "decideAward", new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("450000.00"),
                null, null, null));
        assertThat(programmes.get(programme.id(), FUNDER).awarded()).isEqualByComparingTo("450000.00");

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isAfter(Date.from(Instant.now().plus(java.time.Duration.ofDays(29))))
                .isBefore(Date.from(Instant.now().plus(java.time.Duration.ofDays(31))));
        // The timer is made due instead of moving the engine's clock 31 days on: the clock is one for the whole JVM,
        // and the job executor of a demo context cached by an earlier test class would fire that demo's own offer
        // timers meanwhile (its offers would expire and later dashboard tests find them withdrawn).
        ManagementService management = engine.getManagementService();
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().count()).isZero();
        management.setJobDuedate(timer.getId(), Date.from(Instant.now().minusSeconds(1)));
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().count()).isEqualTo(1);
        management.executeJob(timer.getId());

        assertThat(instance).isEnded().hasPassed("offerExpired", "withdrawOffer", "offerWithdrawn");
        assertThat(status(award)).isEqualTo(AwardStatus.WITHDRAWN);
        assertThat(programmes.get(programme.id(), FUNDER).awarded()).isEqualByComparingTo("0.00");
    }

    @Test
    @Order(6)
    void aDeclinedOfferIsWithdrawn() {
        PartnerflowUser partner = partnerOfNewPartnership(true);
        AwardView award = start(partner);
        complete(partner, "submitProposal", AwardFixture.proposal("100000.00"));
        complete(ASSESSOR, "assessProposal", assessment(Recommendation.FUND));
        complete(FUNDER, "decideAward", new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("100000.00"),
                null, null, null));
        complete(partner, "acceptOffer", new AcceptanceRequest(false));
        assertThat(current).isEnded().hasPassed("withdrawOffer");
        assertThat(status(award)).isEqualTo(AwardStatus.WITHDRAWN);
    }

    @Test
    @Order(7)
    void brokenRulesAreRefusedAndLeaveTheTaskOpen() {
        PartnerflowUser partner = partnerOfNewPartnership(true);
        AwardView award = start(partner);
        ProposalRequest overCap = AwardFixture.proposal("500000.00");
        assertThatThrownBy(() -> complete(partner, "submitProposal", overCap))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.errors())
                        .extracting(DomainRuleViolation.FieldRule::field).contains("amountRequested"));
        assertThat(current).isWaitingAt("submitProposal");
        assertThat(awards.detail(award.id()).round()).isZero();

        complete(partner, "submitProposal", AwardFixture.proposal("450000.00"));
        assertThatThrownBy(() -> complete(partner, "assessProposal", assessment(Recommendation.FUND)))
                .isInstanceOf(org.partnerflow.shared.NotFoundException.class);
        complete(ASSESSOR, "assessProposal", assessment(Recommendation.FUND));
        assertThatThrownBy(() -> complete(FUNDER, "decideAward", new DecisionRequest(PanelDecision.APPROVE,
                new BigDecimal("450000.00"), null, null,
                List.of(new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("100.00")))))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.errors())
                        .extracting(DomainRuleViolation.FieldRule::field).contains("trancheAmounts"));
        assertThat(current).isWaitingAt("decideAward");
        assertThat(programmes.get(programme.id(), FUNDER).awarded()).isEqualByComparingTo("0.00");
    }

    @Test
    @Order(8)
    void aCompletedTaskCannotBeCompletedAgain() {
        PartnerflowUser partner = partnerOfNewPartnership(true);
        AwardView award = start(partner);
        WorkItem task = taskFor(partner, "submitProposal", award.id());
        JsonNode body = json.valueToTree(AwardFixture.proposal("450000.00"));
        completion.complete(task.id(), body, partner);
        assertThatThrownBy(() -> completion.complete(task.id(), body, partner)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already been completed");
    }

    @Test
    @Order(99)
    void everyElementOfGrantAwardIsReachedByTheseTests() {
        RepositoryService repository = engine.getRepositoryService();
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(Proposals.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        Set<String> modelled = repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class)
                .stream().map(FlowNode::getId).collect(Collectors.toSet());
        HistoryService history = engine.getHistoryService();
        Set<String> reached = history.createHistoricActivityInstanceQuery().processDefinitionId(definitionId).list()
                .stream().map(HistoricActivityInstance::getActivityId)
                .map(id -> id.replace("#multiInstanceBody", "")).collect(Collectors.toSet());
        // What runs after activation (milestone deliveries, close-out) is driven by MilestoneDeliveryProcessTest and
        // CloseOutProcessTest.
        modelled.removeAll(Set.of("awardDelivered", "awardPeriodEnded", "finalReportOpen", "submitFinalReport",
                "reviewFinalReport", "finalReportDecision", "closeAward", "isTrancheHeld", "releaseHeldTranche",
                "awardClosed", "awardClosedNothingHeld"));
        // Suspension, resumption and termination are driven by AwardInterruptionProcessTest.
        modelled.removeAll(Set.of("deliveryDone", "suspension", "awardSuspended", "suspendAward", "awardResumed",
                "resumeAward", "suspensionEnded", "awardTerminated", "terminateAward"));
        assertThat(reached).containsAll(modelled);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private PartnerflowUser partnerOfNewPartnership(boolean withVcse) {
        return AwardFixture.partner(fixture.partnership(programme.id(), withVcse).id());
    }

    private AwardView currentAward;
    private ProcessInstance current;

    private AwardView start(PartnerflowUser partner) {
        currentAward = proposals.start(partner.partnershipIds().iterator().next(), partner);
        current = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(currentAward.processInstanceId()).singleResult();
        return currentAward;
    }

    private void complete(PartnerflowUser user, String key, Object body) {
        WorkItem task = tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> currentAward.id().equals(t.awardId()))
                .findFirst().orElseThrow(() -> new org.partnerflow.shared.NotFoundException("Task", key));
        completion.complete(task.id(), json.valueToTree(body), user);
    }

    private WorkItem taskFor(PartnerflowUser user, String key, Long awardId) {
        return tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> awardId.equals(t.awardId())).findFirst().orElseThrow();
    }

    private AwardStatus status(AwardView award) {
        return awards.detail(award.id()).award().status();
    }

    private AssessmentRequest assessment(Recommendation recommendation) {
        return new AssessmentRequest(List.of(
                new AssessmentRequest.CriterionScore("Community voice and power", 4, "Residents lead"),
                new AssessmentRequest.CriterionScore("Strength of the partnership", 4, null),
                new AssessmentRequest.CriterionScore("Deliverability of the plan", 3, null),
                new AssessmentRequest.CriterionScore("Value for money", 4, null),
                new AssessmentRequest.CriterionScore("Learning and sharing", 5, null)), recommendation, true);
    }
}
