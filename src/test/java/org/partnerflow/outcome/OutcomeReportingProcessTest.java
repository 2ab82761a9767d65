package org.partnerflow.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.award.AcceptanceRequest;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.award.PanelDecision;
import org.partnerflow.award.Recommendation;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.partnerflow.support.PausedJobExecutors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * outcomeReporting under an active award (36 months, quarterly): each period's report on the engine's clock, values
 * approved or returned one by one (only approvals change an actual, and only once), skipped periods without
 * indicators, the end after the award's last period, and escalation of a late report.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:learning;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(PausedJobExecutors.class) // the clock moves months on: no cached context may fire its timers meanwhile
class OutcomeReportingProcessTest {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.o", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.o", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.o", Role.PROGRAMME_MANAGER);
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final LocalDate FIRST_PERIOD_END = AwardFixture.START.plusMonths(3).minusDays(1);

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired org.partnerflow.award.Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired Indicators indicators;
    @Autowired OutcomeReports reports;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;

    PartnerflowUser partner;
    PartnerflowUser otherPartner;
    AwardView award;

    @BeforeEach
    void partnership() {
        AbstractAssertions.init(engine);
        AwardFixture fixture = new AwardFixture(programmes, partnerships, tx);
        var programme = fixture.programme("1000000.00");
        partner = AwardFixture.partner(fixture.partnership(programme.id(), true).id());
        otherPartner = AwardFixture.partner(fixture.partnership(programme.id(), true).id());
    }

    @Test
    void eachValueIsApprovedOrReturnedOnItsOwnAndOnlyAnApprovalChangesTheActualOnce() {
        IndicatorView people = indicators.define(partnershipId(), people(), partner);
        IndicatorView share = indicators.define(partnershipId(), new IndicatorRequest("Share of residents who feel lonely",
                IndicatorUnit.PERCENT, Direction.DECREASE, new BigDecimal("40"), AwardFixture.START.minusDays(1),
                List.of(new IndicatorRequest.Target(AwardFixture.START.plusMonths(36).minusDays(1), new BigDecimal("20"))),
                null, null, null), MANAGER);
        ProcessInstance instance = activate();
        assertThat(instance).isWaitingAt("outcomePeriodEnded");

        endPeriod(instance);
        assertThat(instance).isWaitingAt("reportOutcomes");
        WorkItem report = task(partner, "reportOutcomes");
        assertThat(report.due()).isEqualTo(FIRST_PERIOD_END.plusDays(31).atStartOfDay(UK).toInstant());
        assertThat(report.candidateGroups()).containsExactly("partnership-" + partnershipId());
        assertThatThrownBy(() -> tasks.get(report.id(), otherPartner)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> complete(partner, "reportOutcomes", Map.of("periodEnd", FIRST_PERIOD_END.toString(),
                "values", List.of(value(people.id(), "6", "Six people moved"))))).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("values");

        complete(partner, "reportOutcomes", Map.of("periodEnd", FIRST_PERIOD_END.toString(), "values", List.of(
                value(people.id(), "6", "Six people moved"), value(share.id(), "35", "Survey of 200 residents"))));
        assertThat(instance).isWaitingAt("reviewOutcomes");
        assertThat(actual(people.id())).as("a pending value never changes the actual").isNull();

        complete(MANAGER, "reviewOutcomes", Map.of("decisions", List.of(
                Map.of("indicatorId", people.id(), "decision", "APPROVE"),
                Map.of("indicatorId", share.id(), "decision", "RETURN", "comments", "Say how the survey was run"))));
        assertThat(instance).isWaitingAt("reportOutcomes");
        assertThat(actual(people.id())).isEqualByComparingTo("6");
        assertThat(actual(share.id())).as("a returned value never changes the actual").isNull();
        Map<String, Object> data = tasks.formData(task(partner, "reportOutcomes"));
        assertThat(((ReportRequest) data.get("prefill")).values()).extracting(ReportRequest.Value::indicatorId)
                .containsExactly(share.id());

        long reportId = ((OutcomeReportView) data.get("outcomeReport")).id();
        assertThatThrownBy(() -> reports.submit(reportId, new ReportRequest(FIRST_PERIOD_END,
                List.of(new ReportRequest.Value(people.id(), new BigDecimal("60"), "changed", null))), "partner"))
                .isInstanceOf(ConflictException.class);

        complete(partner, "reportOutcomes", Map.of("periodEnd", FIRST_PERIOD_END.toString(),
                "values", List.of(value(share.id(), "30", "Survey of 200 residents, run by the residents' panel"))));
        complete(MANAGER, "reviewOutcomes", Map.of("decisions", List.of(
                Map.of("indicatorId", share.id(), "decision", "APPROVE"))));
        assertThat(instance).hasPassed("roundApproved").isWaitingAt("outcomePeriodEnded");
        assertThat(actual(share.id())).isEqualByComparingTo("30");

        assertThatThrownBy(() -> reports.review(reportId, new ReviewRequest(List.of(new ReviewRequest.Decision(
                people.id(), ReviewRequest.Choice.APPROVE, null))), "manager.o")).isInstanceOf(ConflictException.class);
        IndicatorView after = indicators.forPartnership(partnershipId(), MANAGER).get(0);
        assertThat(after.actualToDate()).isEqualByComparingTo("6");
        assertThat(after.actualPeriodEnd()).isEqualTo(FIRST_PERIOD_END);
        assertThat(after.progress().percent()).isEqualByComparingTo("6.0");
    }

    @Test
    void periodsWithoutIndicatorsAreSkippedAndReportingEndsAfterTheAwardsLastPeriod() {
        ProcessInstance instance = activate();
        for (int period = 1; period <= 12; period++) {
            assertThat(instance).isWaitingAt("outcomePeriodEnded");
            endPeriod(instance);
        }
        assertThat(instance).hasPassed("awardPeriodsReported").hasNotPassed("reportOutcomes").isEnded();
        assertThat(tasks.visibleTo(partner, new TaskFilter("reportOutcomes", null, false, 0, 50))).isEmpty();
    }

    @Test
    void aReportNotSentByItsDueDateGoesToTheProgrammeManagersOnceAndStaysOpenForThePartnership() {
        IndicatorView people = indicators.define(partnershipId(), people(), partner);
        ProcessInstance instance = activate();
        endPeriod(instance);
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("outcomeReportOverdue").singleResult();
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(FIRST_PERIOD_END.plusDays(31).atStartOfDay(UK).toInstant());
        ClockUtil.setCurrentTime(overdue.getDuedate());
        engine.getManagementService().executeJob(overdue.getId());
        assertThat(instance).isWaitingAt("reportOutcomes", "followUpOverdueOutcomeReport");
        OutcomeReportView report = (OutcomeReportView) tasks.formData(task(MANAGER, "followUpOverdueOutcomeReport"))
                .get("outcomeReport");
        assertThat(report.status()).isEqualTo("OVERDUE");
        complete(MANAGER, "followUpOverdueOutcomeReport", Map.of("note", "Called the lead; report by Friday"));
        assertThat(reports.view(report.id()).followUps()).singleElement()
                .satisfies(f -> assertThat(f.note()).contains("Friday"));

        complete(partner, "reportOutcomes", Map.of("periodEnd", FIRST_PERIOD_END.toString(),
                "values", List.of(value(people.id(), "3", "Late but here"))));
        complete(MANAGER, "reviewOutcomes", Map.of("decisions", List.of(
                Map.of("indicatorId", people.id(), "decision", "APPROVE"))));
        assertThat(instance).isWaitingAt("outcomePeriodEnded");
        assertThat(tasks.visibleTo(MANAGER, new TaskFilter("followUpOverdueOutcomeReport", null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId()))).as("escalated once").isEmpty();
        assertThat(reports.view(report.id()).status()).isEqualTo("APPROVED");
    }

    @Test
    void aReportArrivingEndsItsOpenFollowUpByItself() {
        IndicatorView people = indicators.define(partnershipId(), people(), partner);
        ProcessInstance instance = activate();
        endPeriod(instance);
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("outcomeReportOverdue").singleResult();
        ClockUtil.setCurrentTime(overdue.getDuedate());
        engine.getManagementService().executeJob(overdue.getId());
        assertThat(instance).isWaitingAt("reportOutcomes", "followUpOverdueOutcomeReport");
        OutcomeReportView report = (OutcomeReportView) tasks.formData(task(MANAGER, "followUpOverdueOutcomeReport"))
                .get("outcomeReport");

        complete(partner, "reportOutcomes", Map.of("periodEnd", FIRST_PERIOD_END.toString(),
                "values", List.of(value(people.id(), "3", "Late but here"))));
        assertThat(instance).hasPassed("reportSent", "reportFollowUpAnswered", "endReportFollowUp", "reportFollowUpEnded")
                .isWaitingAt("reviewOutcomes");
        assertThat(tasks.visibleTo(MANAGER, new TaskFilter("followUpOverdueOutcomeReport", null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId()))).isEmpty();
        assertThat(reports.view(report.id()).followUps()).singleElement()
                .satisfies(f -> assertThat(f.recordedBy()).isEqualTo("Partnerflow"));
    }

    @Test
    void aPartnerDefinesAndSeesIndicatorsOnlyForTheirOwnPartnership() {
        indicators.define(partnershipId(), people(), partner);
        assertThatThrownBy(() -> indicators.define(partnershipId(), people(), otherPartner))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> indicators.forPartnership(partnershipId(), otherPartner))
                .isInstanceOf(NotFoundException.class);
        assertThat(indicators.forPartnership(partnershipId(), partner)).hasSize(1);
    }

    @Test
    void onceTheAwardIsActiveAChangeNeedsAReasonAndIsKeptAsAVariation() {
        IndicatorView people = indicators.define(partnershipId(), people(), partner);
        activate();
        IndicatorRequest added = new IndicatorRequest("Residents on the panel", IndicatorUnit.COUNT, Direction.INCREASE,
                BigDecimal.ZERO, AwardFixture.START.minusDays(1), List.of(), null, null, null);
        assertThatThrownBy(() -> indicators.define(partnershipId(), added, partner))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("reason");
        IndicatorRequest raised = new IndicatorRequest("People moved home", IndicatorUnit.PEOPLE, Direction.INCREASE,
                BigDecimal.ZERO, AwardFixture.START.minusDays(1), List.of(new IndicatorRequest.Target(
                        AwardFixture.START.plusMonths(36).minusDays(1), new BigDecimal("150"))), null, true,
                "The housing associations found more homes");
        indicators.change(partnershipId(), people.id(), raised, MANAGER);
        IndicatorHistory history = indicators.history(partnershipId(), people.id(), partner);
        assertThat(history.variations()).singleElement().satisfies(v -> {
            assertThat(v.getReason()).isEqualTo("The housing associations found more homes");
            assertThat(v.getChangeMade()).contains("100.00").contains("150");
        });
        assertThat(history.indicator().finalTarget()).isEqualByComparingTo("150");
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static IndicatorRequest people() {
        return new IndicatorRequest("People moved home", IndicatorUnit.PEOPLE, Direction.INCREASE, BigDecimal.ZERO,
                AwardFixture.START.minusDays(1), List.of(
                        new IndicatorRequest.Target(FIRST_PERIOD_END, new BigDecimal("10")),
                        new IndicatorRequest.Target(AwardFixture.START.plusMonths(36).minusDays(1), new BigDecimal("100.00"))),
                List.of("Community hubs"), true, null);
    }

    private static Map<String, Object> value(long indicatorId, String value, String narrative) {
        return Map.of("indicatorId", indicatorId, "value", value, "narrative", narrative);
    }

    private ProcessInstance activate() {
        award = proposals.start(partnershipId(), partner);
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
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("outcomeReporting")
                .processInstanceBusinessKey(award.id().toString()).singleResult();
    }

    /** Moves the engine's clock to the period's end timer and runs it. */
    private void endPeriod(ProcessInstance instance) {
        Job ends = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("outcomePeriodEnded").singleResult();
        ClockUtil.setCurrentTime(ends.getDuedate());
        engine.getManagementService().executeJob(ends.getId());
    }

    private BigDecimal actual(long indicatorId) {
        return indicators.forPartnership(partnershipId(), MANAGER).stream().filter(i -> i.id() == indicatorId)
                .findFirst().orElseThrow().actualToDate();
    }

    private long partnershipId() {
        return partner.partnershipIds().iterator().next();
    }

    private WorkItem task(PartnerflowUser user, String key) {
        return tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " task for " + user.getUsername()));
    }

    private void complete(PartnerflowUser user, String key, Object body) {
        completion.complete(task(user, key).id(), json.valueToTree(body), user);
    }
}
