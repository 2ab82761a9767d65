package org.partnerflow.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.partnerflow.tasks.FollowUp;
import org.partnerflow.tasks.FollowUpRequest;
import org.partnerflow.tasks.FollowUps;
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
 * learningReview under an active award: six reviews for 36 months at a 6-month cadence, each opening on the
 * engine's clock; write, reflect, return, sign off (read-only after), overdue escalation.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:learning;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(PausedJobExecutors.class) // the clock moves months on: no cached context may fire its timers meanwhile
class LearningReviewProcessTest {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.l", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.l", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.l", Role.PROGRAMME_MANAGER);
    static final PartnerflowUser LEARNING = AwardFixture.staff("learning.l", Role.LEARNING_PARTNER);

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired org.partnerflow.award.Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired LearningReviews reviews;
    @Autowired FollowUps followUps;
    @Autowired AuditTrail audit;
    @Autowired LearningInsights insights;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;

    PartnerflowUser partner;
    AwardView award;

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
    }

    @Test
    void aThirtySixMonthAwardWithASixMonthCadenceHasExactlySixReviewsNoneAfterItEnds() {
        List<LearningReviewView> all = reviews.forPartnership(partnershipId(), MANAGER);
        assertThat(all).hasSize(6);
        assertThat(all).allSatisfy(r -> assertThat(r.dueOn()).isBeforeOrEqualTo(AwardFixture.START.plusMonths(36).minusDays(1)));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("learningReview")
                .processInstanceBusinessKeyLike(award.id() + "-%").count()).isEqualTo(6);
        assertThat(tasks.visibleTo(partner, new TaskFilter("writeLearningReview", null, false, 0, 50))).isEmpty();
    }

    @Test
    void aReviewIsWrittenReflectedOnReturnedAndSignedOffThenReadOnly() {
        LearningReviewView first = reviews.forPartnership(partnershipId(), MANAGER).get(0);
        assertThat(first.status()).isEqualTo(LearningReviewStatus.PLANNED);
        ProcessInstance instance = open(first);
        assertThat(instance).isWaitingAt("writeLearningReview");
        assertThat(reviews.view(first.id()).status()).isEqualTo(LearningReviewStatus.OPEN);

        complete(partner, "writeLearningReview", review("Forums are well attended", 4));
        complete(LEARNING, "addReflections", new ReflectionsRequest("What would residents say about trust?"));
        assertThatThrownBy(() -> complete(MANAGER, "signOffLearningReview",
                new SignOffRequest(SignOffRequest.Decision.RETURN, null, null))).hasMessageContaining("comments");
        complete(MANAGER, "signOffLearningReview", new SignOffRequest(SignOffRequest.Decision.RETURN,
                "Say more about what made the difference", null));
        assertThat(instance).hasPassed("returnLearningReview").isWaitingAt("writeLearningReview");

        complete(partner, "writeLearningReview", review("Forums are well attended, and residents chair them", 5));
        complete(LEARNING, "addReflections", new ReflectionsRequest("Chairing by residents is a strong sign."));
        complete(MANAGER, "signOffLearningReview", new SignOffRequest(SignOffRequest.Decision.SIGN_OFF, null, false));
        assertThat(instance).hasPassed("signOffReview").isEnded();

        LearningReviewView signed = reviews.view(first.id());
        assertThat(signed.status()).isEqualTo(LearningReviewStatus.SIGNED_OFF);
        assertThat(signed.ratings()).hasSize(8).allSatisfy(r -> assertThat(r.score()).isEqualTo(5));
        assertThat(signed.decisions()).extracting(LearningReviewDecision::getDecision).containsExactly("RETURN", "SIGN_OFF");
        assertThatThrownBy(() -> reviews.write(first.id(), review("late edit", 1), partner.getUsername()))
                .isInstanceOf(ConflictException.class);
        assertThat(insights.trend(partnershipId(), MANAGER)).singleElement()
                .satisfies(p -> assertThat(p.average()).isEqualByComparingTo("5.00"));
        assertThat(reviews.search("residents chair")).extracting(LearningReviewView::id).contains(first.id());
    }

    @Test
    void aSignedOffReviewMayProposeACaseStudyUpdate() {
        LearningReviewView first = reviews.forPartnership(partnershipId(), MANAGER).get(0);
        ProcessInstance instance = open(first);
        complete(partner, "writeLearningReview", review("Good year", 4));
        complete(LEARNING, "addReflections", new ReflectionsRequest("Worth telling others."));
        complete(MANAGER, "signOffLearningReview", new SignOffRequest(SignOffRequest.Decision.SIGN_OFF, null, true));
        assertThat(instance).hasPassed("requestCaseStudyUpdate").isEnded();
        // the case-study module takes the review's text as the draft of an update, straight to drafting
        WorkItem draft = tasks.visibleTo(partner, new TaskFilter("draftCaseStudyVersion", null, false, 0, 50))
                .stream().findFirst().orElseThrow();
        assertThat(tasks.formData(draft).toString()).contains("Good year");
    }

    @Test
    void anUnwrittenReviewPastItsDueDateIsEscalatedToProgrammeManagers() {
        LearningReviewView first = reviews.forPartnership(partnershipId(), MANAGER).get(0);
        ProcessInstance instance = open(first);
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("learningReviewOverdue").singleResult();
        ClockUtil.setCurrentTime(overdue.getDuedate());
        engine.getManagementService().executeJob(overdue.getId());
        assertThat(reviews.view(first.id()).status()).isEqualTo(LearningReviewStatus.OVERDUE);
        complete(MANAGER, "followUpOverdueLearningReview", new FollowUpRequest("Agreed a new date with the lead"));
        assertThat(followUps.of(FollowUp.Kind.LEARNING_REVIEW, first.id())).singleElement()
                .satisfies(f -> assertThat(f.note()).isEqualTo("Agreed a new date with the lead"));
        assertThat(audit.forAward(award.id(), 0, 200).items()).filteredOn(e -> e.action().equals("REVIEW_FOLLOWED_UP"))
                .singleElement().satisfies(e -> assertThat(e.subjectId()).isEqualTo(String.valueOf(first.id())));
        complete(partner, "writeLearningReview", review("Late but written", 3));
        assertThat(reviews.view(first.id()).status()).isEqualTo(LearningReviewStatus.WRITTEN);
    }

    @Test
    void writingTheReviewEndsItsOpenFollowUpByItselfAndAnIgnoredOneIsEscalatedOnce() {
        LearningReviewView first = reviews.forPartnership(partnershipId(), MANAGER).get(0);
        ProcessInstance instance = open(first);
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("learningReviewOverdue").singleResult();
        ClockUtil.setCurrentTime(overdue.getDuedate());
        engine.getManagementService().executeJob(overdue.getId());
        assertThat(instance).isWaitingAt("writeLearningReview", "followUpOverdueLearningReview");
        Job pastDue = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("reviewFollowUpPastDue").singleResult();
        ClockUtil.setCurrentTime(pastDue.getDuedate());
        engine.getManagementService().executeJob(pastDue.getId());
        assertThat(instance).hasPassed("escalateReviewFollowUp")
                .isWaitingAt("writeLearningReview", "followUpOverdueLearningReview");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("reviewFollowUpPastDue").count()).isZero();

        complete(partner, "writeLearningReview", review("Late but written", 3));
        assertThat(instance).hasPassed("reviewWritten", "reviewFollowUpAnswered", "endReviewFollowUp")
                .isWaitingAt("addReflections");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("followUpOverdueLearningReview").count()).isZero();
        assertThat(followUps.of(FollowUp.Kind.LEARNING_REVIEW, first.id())).extracting(f -> f.recordedBy())
                .containsExactly("Partnerflow", "Partnerflow"); // escalated, then ended
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private ProcessInstance open(LearningReviewView review) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("learningReview").processInstanceBusinessKey(award.id() + "-" + review.dueOn())
                .singleResult();
        Job opens = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("learningReviewOpens").singleResult();
        ClockUtil.setCurrentTime(opens.getDuedate());
        engine.getManagementService().executeJob(opens.getId());
        return instance;
    }

    private WriteReviewRequest review(String wentWell, int score) {
        return new WriteReviewRequest(wentWell, "Finding time across organisations", "Two new resident groups",
                "Leaders who share credit", reviews.characteristics().stream()
                        .map(c -> new WriteReviewRequest.Rating(c, score, null)).toList());
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
