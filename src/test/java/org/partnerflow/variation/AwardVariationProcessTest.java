package org.partnerflow.variation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.award.AwardInterruptions;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.Proposals;
import org.partnerflow.milestone.PlanChange;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Notifier;
import org.partnerflow.shared.RuleRefusal;
import org.partnerflow.support.PausedJobExecutors;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * awardVariation on every path, on the engine's clock: asked for, recommended and approved (the award, the programme's
 * budget and the close-out timer follow); a decrease returns money; returned and rejected variations change nothing;
 * the requester never assesses and neither they nor the recommender approves; amounts beyond the cap or the budget,
 * or below what is released, are refused naming amountAwarded, when asked for and again when approved.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:variations;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(PausedJobExecutors.class)
class AwardVariationProcessTest {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final PartnerflowUser MANAGER = VariationFixture.MANAGER;
    static final PartnerflowUser SECOND_MANAGER = VariationFixture.SECOND_MANAGER;
    static final PartnerflowUser FUNDER = VariationFixture.FUNDER;

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired org.partnerflow.tasks.TaskRows rows;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired AwardVariations variations;
    @Autowired VariationViews views;
    @Autowired AwardInterruptions interruptions;
    @Autowired AuditTrail audit;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @Autowired org.partnerflow.export.ThreeSixtyGivingExport export;
    @MockitoBean Notifier notifier;

    AwardFixture fixture;
    VariationFixture awardsToVary;
    ProgrammeView programme;
    PartnerflowUser partner;
    AwardView award;
    final Map<Long, ProcessInstance> started = new java.util.HashMap<>();

    @BeforeEach
    void activeAward() {
        AbstractAssertions.init(engine);
        fixture = new AwardFixture(programmes, partnerships, tx);
        awardsToVary = new VariationFixture(proposals, awards, tasks, completion, json);
        programme = fixture.programme("1000000.00");
        partner = AwardFixture.partner(fixture.partnership(programme.id(), true).id());
        award = awardsToVary.activeAward(partner, "300000.00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anIncreaseAndALaterEndDateAreAppliedOnApprovalWithTheBudgetAndTheCloseOutTimer() {
        LocalDate later = LocalDate.of(2029, 9, 30);
        List<PlanChange> plan = VariationFixture.withTranches(awardsToVary.plan(award.id()), "120000.00");
        List<PlanChange> moved = List.of(plan.get(0), plan.get(1), new PlanChange(plan.get(2).id(), plan.get(2).title(),
                later, plan.get(2).evidenceExpected(), plan.get(2).trancheAmount()));
        VariationView asked = ask(award.id(), new VariationRequest("More families than planned.",
                new BigDecimal("360000"), later, moved), partner);
        assertThat(asked.status()).isEqualTo(VariationStatus.REQUESTED);
        ProcessInstance instance = instance(asked);
        assertThat(instance).isWaitingAt("assessVariation");
        assertThat(engine.getTaskService().getIdentityLinksForTask(awardsToVary.task(MANAGER, "assessVariation",
                award.id()).id())).extracting(l -> l.getGroupId()).containsExactly("programme-managers");
        assertThat(awardsToVary.task(MANAGER, "assessVariation", award.id()).partnershipId())
                .isEqualTo(award.partnershipId());
        assertThat(awardsToVary.task(MANAGER, "assessVariation", award.id()).due()).isNotNull();
        var assess = awardsToVary.task(MANAGER, "assessVariation", award.id());
        assertThat(rows.rows(List.of(assess), rows.partnershipNames(MANAGER), MANAGER)).singleElement()
                .satisfies(row -> {
                    assertThat(row.subject()).isEqualTo("Variation asked for by " + partner.getUsername()
                            + ": More families than planned.");
                    assertThat(row.awardReference()).isEqualTo(award.reference());
                });

        awardsToVary.complete(MANAGER, "assessVariation", award.id(), Map.of("decision", "RECOMMEND",
                "comments", "Worth it"));
        assertThat(instance).isWaitingAt("approveVariation");
        assertThat(awards.detail(award.id()).award().amountAwarded()).isEqualByComparingTo("300000.00");
        awardsToVary.complete(FUNDER, "approveVariation", award.id(), Map.of("decision", "APPROVE"));

        assertThat(instance).hasPassedInOrder("assessVariation", "approveVariation", "applyVariation")
                .hasPassed("variationApplied").isEnded();
        AwardDetail varied = awards.detail(award.id());
        assertThat(varied.award().amountAwarded()).isEqualByComparingTo("360000.00");
        assertThat(varied.award().endDate()).isEqualTo(later);
        assertThat(varied.durationMonths()).isEqualTo(30);
        assertThat(varied.tranches()).extracting(AwardDetail.TrancheView::amount)
                .allSatisfy(a -> assertThat(a).isEqualByComparingTo("120000.00"));
        assertThat(varied.milestones().get(2).dueDate()).isEqualTo(later);
        assertThat(programmes.require(programme.id()).getRemainingBudget()).isEqualByComparingTo("640000.00");
        assertThat(engine.getRuntimeService().getVariable(award.processInstanceId(), "closeOutAt"))
                .isEqualTo(Date.from(later.plusDays(1).atStartOfDay(UK).toInstant()));
        // what the award's readers are given: its API view and the 360Giving file
        AwardDetail read = awards.get(award.id(), partner);
        assertThat(read.award().amountAwarded()).isEqualByComparingTo("360000.00");
        assertThat(read.award().endDate()).isEqualTo(later);
        assertThat(export.packageOf(programme.id(), FUNDER).grants()).singleElement().satisfies(g -> {
            assertThat(g.amountAwarded()).isEqualByComparingTo("360000.00");
            assertThat(g.plannedDates()).singleElement().satisfies(d -> {
                assertThat(d.endDate()).isEqualTo(later.toString());
                assertThat(d.duration()).isEqualTo(30);
            });
        });
        VariationView applied = views.ofAward(award.id()).get(0);
        assertThat(applied.status()).isEqualTo(VariationStatus.APPLIED);
        assertThat(applied.before().amountAwarded()).isEqualByComparingTo("300000.00");
        assertThat(applied.before().endDate()).isEqualTo(VariationFixture.END);
        assertThat(applied.decisions()).extracting(VariationView.Decision::decision, VariationView.Decision::decidedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RECOMMEND", MANAGER.getUsername()),
                        org.assertj.core.groups.Tuple.tuple("APPROVE", FUNDER.getUsername()));
        var trail = audit.forAward(award.id(), 0, 200).items();
        assertThat(trail).extracting(e -> e.action()).contains("VARIATION_REQUESTED", "VARIATION_RECOMMENDED",
                "AWARD_VARIED", "VARIATION_APPLIED", "BUDGET_COMMITTED");
        assertThat(trail).filteredOn(e -> e.action().equals("AWARD_VARIED")).singleElement().satisfies(e -> {
            assertThat(e.amountBefore()).isEqualByComparingTo("300000.00");
            assertThat(e.amountAfter()).isEqualByComparingTo("360000.00");
            assertThat(e.actor()).isEqualTo(FUNDER.getUsername());
        });
    }

    @Test
    void aDecreaseReturnsTheDifferenceToTheProgrammesBudget() {
        VariationView asked = ask(award.id(), new VariationRequest("Fewer venues needed.",
                new BigDecimal("240000.00"), null, VariationFixture.withTranches(awardsToVary.plan(award.id()),
                        "80000.00")), MANAGER);
        awardsToVary.complete(SECOND_MANAGER, "assessVariation", award.id(), Map.of("decision", "RECOMMEND"));
        awardsToVary.complete(FUNDER, "approveVariation", award.id(), Map.of("decision", "APPROVE"));

        assertThat(instance(asked)).hasPassed("variationApplied").isEnded();
        assertThat(awards.detail(award.id()).award().amountAwarded()).isEqualByComparingTo("240000.00");
        assertThat(awards.detail(award.id()).award().endDate()).isEqualTo(VariationFixture.END);
        assertThat(programmes.require(programme.id()).getRemainingBudget()).isEqualByComparingTo("760000.00");
        assertThat(audit.forAward(award.id(), 0, 200).items()).extracting(e -> e.action()).contains("BUDGET_RELEASED");
    }

    @Test
    void returnedAndRejectedVariationsEndWithTheirStatusAndChangeNothing() {
        VariationView returned = requestLaterEnd(partner);
        assertThatThrownBy(() -> awardsToVary.complete(MANAGER, "assessVariation", award.id(),
                Map.of("decision", "RETURN"))).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("comments");
        awardsToVary.complete(MANAGER, "assessVariation", award.id(), Map.of("decision", "RETURN",
                "comments", "Say which families."));
        assertThat(instance(returned)).hasPassed("recordVariationReturned", "variationReturned")
                .hasNotPassed("approveVariation").isEnded();

        VariationView rejectedByManager = requestLaterEnd(partner);
        awardsToVary.complete(MANAGER, "assessVariation", award.id(), Map.of("decision", "REJECT",
                "comments", "Not within the programme's aims."));
        assertThat(instance(rejectedByManager)).hasPassed("recordVariationRejected", "variationRejected").isEnded();

        VariationView rejectedByFunder = requestLaterEnd(partner);
        awardsToVary.complete(MANAGER, "assessVariation", award.id(), Map.of("decision", "RECOMMEND"));
        awardsToVary.complete(FUNDER, "approveVariation", award.id(), Map.of("decision", "REJECT",
                "comments", "The budget is promised elsewhere."));
        assertThat(instance(rejectedByFunder)).hasPassed("approveVariation", "recordVariationRejected")
                .hasNotPassed("applyVariation").isEnded();

        assertThat(views.ofAward(award.id())).extracting(VariationView::id, VariationView::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(rejectedByFunder.id(), VariationStatus.REJECTED),
                org.assertj.core.groups.Tuple.tuple(rejectedByManager.id(), VariationStatus.REJECTED),
                org.assertj.core.groups.Tuple.tuple(returned.id(), VariationStatus.RETURNED));
        assertThat(awards.detail(award.id()).award().endDate()).isEqualTo(VariationFixture.END);
        assertThat(audit.forAward(award.id(), 0, 200).items()).extracting(e -> e.action())
                .contains("VARIATION_RETURNED", "VARIATION_REJECTED").doesNotContain("AWARD_VARIED");
    }

    @Test
    void aVariationOpenWhenItsAwardIsTerminatedIsWithdrawnWithItsTask() {
        VariationView open = requestLaterEnd(partner);
        awardsToVary.complete(MANAGER, "assessVariation", award.id(), Map.of("decision", "RECOMMEND"));
        interruptions.terminate(award.id(), new AwardInterruptions.Termination("The partnership dissolved.",
                VariationFixture.START.plusMonths(3)), FUNDER);

        assertThat(instance(open)).hasPassed("variationAwardEnded", "recordVariationWithdrawn", "variationWithdrawn")
                .hasNotPassed("applyVariation").isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(open.processInstanceId()).count())
                .as("the approval waiting for a funder went with it").isZero();
        assertThat(views.ofAward(award.id())).extracting(VariationView::status)
                .containsExactly(VariationStatus.WITHDRAWN);
        assertThat(audit.forAward(award.id(), 0, 200).items()).filteredOn(e -> e.action().equals("VARIATION_WITHDRAWN"))
                .extracting(e -> e.actor()).containsExactly(FUNDER.getUsername());
        assertThatThrownBy(() -> requestLaterEnd(partner)).as("a terminated award cannot be varied")
                .isInstanceOf(org.partnerflow.shared.ConflictException.class);
    }

    @Test
    void oneOpenVariationAtATimeAndOnlyTheAwardsPartnersOrProgrammeManagersAsk() {
        requestLaterEnd(partner);
        assertThatThrownBy(() -> requestLaterEnd(MANAGER)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("one at a time");
        assertThatThrownBy(() -> requestLaterEnd(FUNDER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> variations.request(award.id(), new VariationRequest(null, null, null, null), MANAGER))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aRequestNamesEveryFieldItGetsWrong() {
        assertThatThrownBy(() -> variations.request(award.id(), new VariationRequest(" ", null, null, null), partner))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.errors())
                        .extracting(DomainRuleViolation.FieldRule::field).containsExactly("reason", "changes"));
        assertThatThrownBy(() -> variations.request(award.id(), new VariationRequest("More", new BigDecimal("310000"),
                null, null), partner)).isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("milestones"));
        assertThatThrownBy(() -> variations.request(award.id(), new VariationRequest("Longer",
                null, LocalDate.of(2030, 4, 1), null), partner)).isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("endDate"));
        assertThat(views.ofAward(award.id())).isEmpty();
    }

    @Test
    void theRequesterCannotAssessAndNeitherTheRequesterNorTheRecommenderCanApprove() {
        PartnerflowUser managerAndFunder = new PartnerflowUser(4001L, "manager.funder.v", "Both", "", true,
                EnumSet.of(Role.PROGRAMME_MANAGER, Role.FUNDER), Set.of());
        VariationView asked = requestLaterEnd(managerAndFunder);
        String assess = openTask(asked);
        assertThat(awardsToVary.sees(managerAndFunder, "assessVariation", award.id())).isFalse();
        assertThat(awardsToVary.sees(MANAGER, "assessVariation", award.id())).isTrue();
        assertThatThrownBy(() -> completion.complete(assess, json.valueToTree(Map.of("decision", "RECOMMEND")),
                managerAndFunder)).isInstanceOfSatisfying(RuleRefusal.class,
                        e -> assertThat(e.rule()).isEqualTo("requester-may-not-assess"));
        awardsToVary.complete(MANAGER, "assessVariation", award.id(), Map.of("decision", "RECOMMEND"));
        String approve = openTask(asked);
        assertThat(awardsToVary.sees(managerAndFunder, "approveVariation", award.id())).isFalse();
        assertThatThrownBy(() -> completion.complete(approve, json.valueToTree(Map.of("decision", "APPROVE")),
                managerAndFunder)).isInstanceOfSatisfying(RuleRefusal.class,
                        e -> assertThat(e.rule()).isEqualTo("requester-or-recommender-may-not-approve"));
        awardsToVary.complete(FUNDER, "approveVariation", award.id(), Map.of("decision", "REJECT", "comments", "No"));

        // the same for a recommender who is also a funder
        VariationView second = requestLaterEnd(partner);
        completion.complete(openTask(second), json.valueToTree(Map.of("decision", "RECOMMEND")), managerAndFunder);
        assertThat(awardsToVary.sees(managerAndFunder, "approveVariation", award.id())).isFalse();
        assertThatThrownBy(() -> completion.complete(openTask(second), json.valueToTree(Map.of("decision", "APPROVE")),
                managerAndFunder)).isInstanceOfSatisfying(RuleRefusal.class,
                        e -> assertThat(e.rule()).isEqualTo("requester-or-recommender-may-not-approve"));
        assertThat(instance(second)).isWaitingAt("approveVariation");
    }

    @Test
    void increasesBeyondTheCapOrTheBudgetAndDecreasesBelowWhatIsReleasedAreRefusedNamingTheAmount() {
        assertRefusedAmount(partner, "460000.00", "cap per award");
        releaseFirstTranche();
        assertRefusedAmount(partner, "90000.00", "already approved or released");

        ProgrammeView small = fixture.programme("650000.00");
        PartnerflowUser smallPartner = AwardFixture.partner(fixture.partnership(small.id(), true).id());
        AwardView tight = awardsToVary.activeAward(smallPartner, "300000.00");
        awardsToVary.activeAward(AwardFixture.partner(fixture.partnership(small.id(), true).id()), "300000.00");
        assertThatThrownBy(() -> variations.request(tight.id(), new VariationRequest("More", new BigDecimal("360000"),
                null, VariationFixture.withTranches(awardsToVary.plan(tight.id()), "120000.00")), smallPartner))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("amountAwarded");
                    assertThat(e.getMessage()).contains("remaining budget");
                });
    }

    @Test
    void aBudgetTakenMeanwhileFailsTheApprovalWhichStaysOpenWithNothingWritten() {
        ProgrammeView small = fixture.programme("650000.00");
        PartnerflowUser first = AwardFixture.partner(fixture.partnership(small.id(), true).id());
        AwardView varied = awardsToVary.activeAward(first, "300000.00");
        VariationView asked = ask(varied.id(), new VariationRequest("More families",
                new BigDecimal("390000.00"), null, VariationFixture.withTranches(awardsToVary.plan(varied.id()),
                        "130000.00")), first);
        awardsToVary.complete(MANAGER, "assessVariation", varied.id(), Map.of("decision", "RECOMMEND"));
        PartnerflowUser second = AwardFixture.partner(fixture.partnership(small.id(), true).id());
        awardsToVary.activeAward(second, "300000.00"); // £50,000 left, less than the £90,000 the variation needs

        assertThatThrownBy(() -> awardsToVary.complete(FUNDER, "approveVariation", varied.id(),
                Map.of("decision", "APPROVE"))).isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("amountAwarded"));
        assertThat(instance(asked)).isWaitingAt("approveVariation");
        assertThat(awards.detail(varied.id()).award().amountAwarded()).isEqualByComparingTo("300000.00");
        assertThat(programmes.require(small.id()).getRemainingBudget()).isEqualByComparingTo("50000.00");
        assertThat(views.ofAward(varied.id()).get(0).status()).isEqualTo(VariationStatus.RECOMMENDED);
        assertThat(views.ofAward(varied.id()).get(0).decisions()).hasSize(1);
    }

    private void assertRefusedAmount(PartnerflowUser user, String amount, String rule) {
        assertThatThrownBy(() -> variations.request(award.id(), new VariationRequest("Change", new BigDecimal(amount),
                null, VariationFixture.withTranches(awardsToVary.plan(award.id()), "1.00")), user))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("amountAwarded");
                    assertThat(e.getMessage()).contains(rule);
                });
    }

    private void releaseFirstTranche() {
        AwardDetail.MilestoneView first = awards.detail(award.id()).milestones().get(0);
        long milestone = first.id();
        completion.complete(milestoneTask(milestone, "submitMilestoneEvidence"),
                json.valueToTree(Map.of("narrative", "Hubs open")), partner);
        completion.complete(milestoneTask(milestone, "reviewMilestoneEvidence"),
                json.valueToTree(Map.of("decision", "APPROVE")), MANAGER);
        completion.complete(milestoneTask(milestone, "proposeTrancheRelease"),
                json.valueToTree(Map.of("amount", "100000.00")), MANAGER);
        completion.complete(milestoneTask(milestone, "approveTrancheRelease"),
                json.valueToTree(Map.of("decision", "RELEASE")), FUNDER);
        assertThat(awards.detail(award.id()).tranches().get(0).status()).isEqualTo(TrancheStatus.RELEASED);
    }

    private String milestoneTask(long milestoneId, String key) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey("milestoneDelivery")
                .processInstanceBusinessKey(String.valueOf(milestoneId)).taskDefinitionKey(key).singleResult().getId();
    }

    private VariationView requestLaterEnd(PartnerflowUser user) {
        return ask(award.id(), new VariationRequest("The hubs open later.", null,
                LocalDate.of(2029, 6, 30), null), user);
    }

    private String openTask(VariationView variation) {
        return engine.getTaskService().createTaskQuery().processInstanceId(variation.processInstanceId())
                .singleResult().getId();
    }

    /** Asks for a variation and keeps its running instance, which the assertions read again once it has ended. */
    private VariationView ask(long awardId, VariationRequest body, PartnerflowUser user) {
        VariationView asked = variations.request(awardId, body, user);
        started.put(asked.id(), engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(asked.processInstanceId()).singleResult());
        return asked;
    }

    private ProcessInstance instance(VariationView variation) {
        return started.get(variation.id());
    }
}
