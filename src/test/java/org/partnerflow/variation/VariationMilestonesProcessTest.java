package org.partnerflow.variation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.Proposals;
import org.partnerflow.milestone.MilestoneStatus;
import org.partnerflow.milestone.PlanChange;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.Notifier;
import org.partnerflow.support.PausedJobExecutors;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A variation's milestones on the engine: one that adds, removes and moves milestones starts, ends and re-times their
 * deliveries when it is approved; and a variation and a milestone approval on the same award land one after the
 * other, either way consistently: an approval first makes the variation that drops the milestone a conflict (409,
 * nothing written, the approval task left open); the variation first ends the milestone's delivery, so there is
 * nothing left to approve.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:variationmilestones;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(PausedJobExecutors.class)
class VariationMilestonesProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired AwardQueries awards;
    @Autowired Proposals proposals;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired AwardVariations variations;
    @Autowired VariationViews views;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @MockitoBean Notifier notifier;

    VariationFixture flow;
    PartnerflowUser partner;
    AwardView award;

    @BeforeEach
    void activeAward() {
        AwardFixture fixture = new AwardFixture(programmes, partnerships, tx);
        flow = new VariationFixture(proposals, awards, tasks, completion, json);
        partner = AwardFixture.partner(fixture.partnership(fixture.programme("1000000.00").id(), true).id());
        award = flow.activeAward(partner, "300000.00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aVariationThatAddsRemovesAndMovesMilestonesStartsEndsAndRetimesTheirDeliveries() {
        List<PlanChange> plan = flow.plan(award.id());
        LocalDate moved = plan.get(2).dueDate().minusMonths(2);
        List<PlanChange> asked = List.of(plan.get(0),
                new PlanChange(plan.get(2).id(), plan.get(2).title(), moved, plan.get(2).evidenceExpected(),
                        plan.get(2).trancheAmount()),
                new PlanChange(null, "Festival held", plan.get(1).dueDate().plusMonths(1), "Photographs",
                        new BigDecimal("100000.00")));
        variations.request(award.id(), new VariationRequest("A festival instead of the groups.", null, null, asked),
                partner);
        approve();

        AwardDetail varied = awards.detail(award.id());
        assertThat(varied.milestones()).filteredOn(m -> m.id().equals(plan.get(1).id())).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MilestoneStatus.WITHDRAWN));
        assertThat(delivery(plan.get(1).id())).isZero();
        assertThat(varied.milestones()).filteredOn(m -> m.id().equals(plan.get(2).id())).singleElement()
                .satisfies(m -> assertThat(m.dueDate()).isEqualTo(moved));
        AwardDetail.MilestoneView festival = varied.milestones().stream().filter(m -> m.title().equals("Festival held"))
                .findFirst().orElseThrow();
        assertThat(delivery(festival.id())).isEqualTo(1);
        assertThat(varied.tranches()).filteredOn(t -> t.status() != TrancheStatus.CANCELLED)
                .extracting(AwardDetail.TrancheView::amount).map(BigDecimal::toPlainString)
                .containsOnly("100000.00");
        VariationView applied = views.ofAward(award.id()).get(0);
        assertThat(applied.status()).isEqualTo(VariationStatus.APPLIED);
        assertThat(applied.before().milestones()).extracting(PlanChange::id)
                .containsExactlyElementsOf(plan.stream().map(PlanChange::id).toList());
    }

    @Test
    void aMilestoneApprovedBeforeTheVariationIsAppliedMakesTheVariationThatDropsItAConflict() {
        List<PlanChange> plan = flow.plan(award.id());
        variations.request(award.id(), new VariationRequest("Drop the hubs.", null, null,
                List.of(plan.get(1), new PlanChange(plan.get(2).id(), plan.get(2).title(), plan.get(2).dueDate(),
                        plan.get(2).evidenceExpected(), plan.get(2).trancheAmount().add(plan.get(0).trancheAmount())))),
                partner);
        flow.complete(VariationFixture.MANAGER, "assessVariation", award.id(), Map.of("decision", "RECOMMEND"));
        approveMilestone(plan.get(0).id());

        assertThatThrownBy(() -> flow.complete(VariationFixture.FUNDER, "approveVariation", award.id(),
                Map.of("decision", "APPROVE"))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("milestones changed after the variation was asked for");
        assertThat(flow.sees(VariationFixture.FUNDER, "approveVariation", award.id())).isTrue();
        assertThat(views.ofAward(award.id()).get(0).status()).isEqualTo(VariationStatus.RECOMMENDED);
        AwardDetail after = awards.detail(award.id());
        assertThat(after.milestones().get(0).status()).isEqualTo(MilestoneStatus.APPROVED);
        assertThat(after.tranches().get(0).status()).isEqualTo(TrancheStatus.DUE);
        assertThat(after.milestones()).noneMatch(m -> m.status() == MilestoneStatus.WITHDRAWN);
    }

    @Test
    void aVariationAppliedBeforeTheApprovalEndsTheMilestonesDeliverySoNothingIsLeftToApprove() {
        List<PlanChange> plan = flow.plan(award.id());
        long dropped = plan.get(0).id();
        completion.complete(milestoneTask(dropped, "submitMilestoneEvidence"),
                json.valueToTree(Map.of("narrative", "Hubs open")), partner);
        variations.request(award.id(), new VariationRequest("Drop the hubs.", null, null,
                List.of(plan.get(1), new PlanChange(plan.get(2).id(), plan.get(2).title(), plan.get(2).dueDate(),
                        plan.get(2).evidenceExpected(), plan.get(2).trancheAmount().add(plan.get(0).trancheAmount())))),
                partner);
        approve();

        assertThat(delivery(dropped)).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(dropped))
                .count()).isZero();
        AwardDetail after = awards.detail(award.id());
        assertThat(after.milestones().stream().filter(m -> m.id() == dropped).findFirst().orElseThrow().status())
                .isEqualTo(MilestoneStatus.WITHDRAWN);
        assertThat(after.tranches()).filteredOn(t -> Long.valueOf(dropped).equals(t.milestoneId()))
                .extracting(AwardDetail.TrancheView::status).containsExactly(TrancheStatus.CANCELLED);
    }

    private void approve() {
        flow.complete(VariationFixture.MANAGER, "assessVariation", award.id(), Map.of("decision", "RECOMMEND"));
        flow.complete(VariationFixture.FUNDER, "approveVariation", award.id(), Map.of("decision", "APPROVE"));
    }

    private void approveMilestone(long milestoneId) {
        completion.complete(milestoneTask(milestoneId, "submitMilestoneEvidence"),
                json.valueToTree(Map.of("narrative", "Done")), partner);
        completion.complete(milestoneTask(milestoneId, "reviewMilestoneEvidence"),
                json.valueToTree(Map.of("decision", "APPROVE")), VariationFixture.MANAGER);
    }

    private String milestoneTask(long milestoneId, String key) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey("milestoneDelivery")
                .processInstanceBusinessKey(String.valueOf(milestoneId)).taskDefinitionKey(key).singleResult().getId();
    }

    private long delivery(long milestoneId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("milestoneDelivery")
                .processInstanceBusinessKey(String.valueOf(milestoneId)).count();
    }
}
