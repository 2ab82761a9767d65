package org.partnerflow.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.audit.AuditEventView;
import org.partnerflow.audit.AuditTrail;
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
import org.partnerflow.support.PausedJobExecutors;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An approved variation moves an active award's end date (36 months, reviews every 6): the learning reviews due
 * after an earlier end are withdrawn and their processes end; a later end adds the cadence's next review, run by
 * grantAward like the others; either way grantAward gets past its reviews once the remaining ones are signed off.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:learningEnd;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(PausedJobExecutors.class)
class LearningReviewsFollowNewEndDateProcessTest {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.e", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.e", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.e", Role.PROGRAMME_MANAGER);
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired org.partnerflow.award.Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired LearningReviews reviews;
    @Autowired LearningSchedules schedules;
    @Autowired AuditTrail audit;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @Autowired org.partnerflow.dashboard.PartnerHomeReadModel home;
    @Autowired org.partnerflow.calendar.internal.DeadlineReader calendar;

    PartnerflowUser partner;
    AwardView award;
    String grantAward;

    @BeforeEach
    void activeAward() {
        AbstractAssertions.init(engine);
        AwardFixture fixture = new AwardFixture(programmes, partnerships, tx);
        var programme = fixture.programme("1000000.00");
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
        grantAward = awards.detail(award.id()).award().processInstanceId();
        assertThat(reviews.forPartnership(partnershipId(), MANAGER)).hasSize(6);
    }

    @Test
    void anEarlierEndWithdrawsTheReviewsDueAfterItAndEndsTheirProcesses() {
        LocalDate newEnd = AwardFixture.START.plusMonths(29).minusDays(1);
        List<LearningReviewView> before = reviews.forPartnership(partnershipId(), MANAGER);
        LearningReviewView open = before.get(4); // due after 30 months, opened and being written
        ProcessInstance openInstance = instance(open.dueOn());
        Job opens = jobAt(openInstance, "learningReviewOpens");
        ClockUtil.setCurrentTime(opens.getDuedate());
        engine.getManagementService().executeJob(opens.getId());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(openInstance.getId()).count()).isOne();

        followNewEndDate(newEnd);

        List<LearningReviewView> after = reviews.forPartnership(partnershipId(), MANAGER);
        assertThat(after).hasSize(6).filteredOn(r -> r.dueOn().isAfter(newEnd))
                .extracting(LearningReviewView::status).containsExactly(LearningReviewStatus.WITHDRAWN,
                        LearningReviewStatus.WITHDRAWN);
        assertThat(after).filteredOn(r -> !r.dueOn().isAfter(newEnd)).extracting(LearningReviewView::status)
                .containsOnly(LearningReviewStatus.PLANNED);
        for (LearningReviewView withdrawn : after.subList(4, 6)) {
            ProcessInstance ended = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(award.id() + "-" + withdrawn.dueOn()).singleResult();
            assertThat(ended).isNull();
            assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                    .activityId("withdrawLearningReview").finished().list())
                    .anySatisfy(a -> assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                            .processInstanceId(a.getProcessInstanceId()).singleResult().getBusinessKey())
                            .isEqualTo(award.id() + "-" + withdrawn.dueOn()));
        }
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(openInstance.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(openInstance.getId()).count())
                .isZero();
        assertThat(withdrawals()).hasSize(2).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(FUNDER.getUsername());
            assertThat(e.changes().get("status").after()).isEqualTo("WITHDRAWN");
        }).anySatisfy(e -> assertThat(e.changes().get("status").before()).isEqualTo("OPEN"));
        assertThatThrownBy(() -> reviews.returnForChanges(after.get(5).id())).hasMessageContaining("withdrawn");

        LearningFixture.signOffAll(engine, tasks, completion, reviews, json, award.id(), partner);
        assertThat(reviews.forPartnership(partnershipId(), MANAGER)).extracting(LearningReviewView::status)
                .containsExactly(LearningReviewStatus.SIGNED_OFF, LearningReviewStatus.SIGNED_OFF,
                        LearningReviewStatus.SIGNED_OFF, LearningReviewStatus.SIGNED_OFF,
                        LearningReviewStatus.WITHDRAWN, LearningReviewStatus.WITHDRAWN);
        assertReviewsDone();
    }

    @Test
    void aLaterEndAddsTheNextReviewUnderGrantAwardWithItsOpeningTimer() {
        LocalDate newEnd = AwardFixture.START.plusMonths(43).minusDays(1);
        LocalDate added = AwardFixture.START.plusMonths(42).minusDays(1);

        followNewEndDate(newEnd);

        List<LearningReviewView> after = reviews.forPartnership(partnershipId(), MANAGER);
        assertThat(after).hasSize(7).last().satisfies(r -> {
            assertThat(r.dueOn()).isEqualTo(added);
            assertThat(r.status()).isEqualTo(LearningReviewStatus.PLANNED);
        });
        ProcessInstance instance = instance(added);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(grantAward)
                .processInstanceBusinessKey(award.id() + "-" + added).singleResult().getId())
                .isEqualTo(instance.getId());
        assertThat(jobAt(instance, "learningReviewOpens").getDuedate()).isEqualTo(Date.from(
                added.minusDays(30).atTime(LocalTime.of(9, 0)).atZone(UK).toInstant()));
        assertThat(audit.forAward(award.id(), 0, 200).items()).filteredOn(e -> e.action().equals("REVIEW_ADDED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(FUNDER.getUsername());
                    assertThat(e.subjectId()).isEqualTo(String.valueOf(after.get(6).id()));
                });
        followNewEndDate(newEnd); // the same end again adds nothing
        assertThat(reviews.forPartnership(partnershipId(), MANAGER)).hasSize(7);

        LearningFixture.signOffAll(engine, tasks, completion, reviews, json, award.id(), partner);
        assertThat(reviews.forPartnership(partnershipId(), MANAGER)).hasSize(7)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(LearningReviewStatus.SIGNED_OFF));
        assertReviewsDone();
    }

    @Test
    void aLaterEndAfterEveryReviewIsSignedOffStillRunsTheAddedReview() {
        LearningFixture.signOffAll(engine, tasks, completion, reviews, json, award.id(), partner);
        assertReviewsDone();
        LocalDate added = AwardFixture.START.plusMonths(42).minusDays(1);

        followNewEndDate(added);

        ProcessInstance instance = instance(added);
        assertThat(instance).isNotNull();
        assertThat(jobAt(instance, "learningReviewOpens")).isNotNull();
        assertThat(reviews.forPartnership(partnershipId(), MANAGER)).hasSize(7).last()
                .satisfies(r -> assertThat(r.status()).isEqualTo(LearningReviewStatus.PLANNED));
        LearningFixture.signOffAll(engine, tasks, completion, reviews, json, award.id(), partner);
        assertThat(reviews.forPartnership(partnershipId(), MANAGER)).last()
                .satisfies(r -> assertThat(r.status()).isEqualTo(LearningReviewStatus.SIGNED_OFF));
    }

    @Test
    void aReviewWithdrawnByAnEarlierEndComesBackWhenTheEndMovesOutAgain() {
        LocalDate last = AwardFixture.START.plusMonths(36).minusDays(1);
        followNewEndDate(last.minusMonths(1));
        assertThat(reviews.forPartnership(partnershipId(), MANAGER).get(5).status())
                .isEqualTo(LearningReviewStatus.WITHDRAWN);

        followNewEndDate(last);

        assertThat(reviews.forPartnership(partnershipId(), MANAGER)).hasSize(6).last()
                .satisfies(r -> assertThat(r.status()).isEqualTo(LearningReviewStatus.PLANNED));
        assertThat(instance(last)).isNotNull();
        LearningFixture.signOffAll(engine, tasks, completion, reviews, json, award.id(), partner);
        assertReviewsDone();
    }

    @Test
    void withdrawnReviewsAreNoLongerDueOnThePartnersHomeOrCalendarButStayInTheHistory() {
        assertThat(calendar.of(partner)).anySatisfy(e -> assertThat(e.uid()).startsWith("learning-review-"));
        assertThat(home.of(partner, partnershipId()).partnerships().get(0).nextLearningReviews()).isNotEmpty();

        followNewEndDate(AwardFixture.START.plusMonths(5)); // before the first review falls due

        assertThat(reviews.forPartnership(partnershipId(), MANAGER)).hasSize(6)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(LearningReviewStatus.WITHDRAWN));
        assertThat(home.of(partner, partnershipId()).partnerships()).singleElement()
                .satisfies(s -> assertThat(s.nextLearningReviews()).isEmpty());
        assertThat(calendar.of(partner)).noneSatisfy(e -> assertThat(e.uid()).startsWith("learning-review-"));
        assertReviewsDone();
    }

    @Test
    void itRunsOnlyInsideTheVariationsTransaction() {
        assertThatThrownBy(() -> schedules.followNewEndDate(award.id(), AwardFixture.START.plusMonths(12),
                FUNDER.getUsername())).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(reviews.forPartnership(partnershipId(), MANAGER)).extracting(LearningReviewView::status)
                .containsOnly(LearningReviewStatus.PLANNED);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private void followNewEndDate(LocalDate newEnd) {
        tx.executeWithoutResult(s -> schedules.followNewEndDate(award.id(), newEnd, FUNDER.getUsername()));
    }

    /** grantAward's runLearningReviews has completed: every review it ran ended, withdrawn or signed off. */
    private void assertReviewsDone() {
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(grantAward)
                .activityId("runLearningReviews#multiInstanceBody").finished().count()).isOne();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("learningReview")
                .processInstanceBusinessKeyLike(award.id() + "-%").count()).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(grantAward)
                .singleResult()).isNotNull(); // still delivering its milestones
    }

    private List<AuditEventView> withdrawals() {
        return audit.forAward(award.id(), 0, 200).items().stream().filter(e -> e.action().equals("REVIEW_WITHDRAWN"))
                .toList();
    }

    private ProcessInstance instance(LocalDate dueOn) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("learningReview")
                .processInstanceBusinessKey(award.id() + "-" + dueOn).singleResult();
    }

    private Job jobAt(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    private long partnershipId() {
        return partner.partnershipIds().iterator().next();
    }

    private void complete(PartnerflowUser user, String key, Object body) {
        WorkItem task = tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " task for " + user.getUsername()));
        completion.complete(task.id(), json.valueToTree(body), user);
    }
}
