package org.partnerflow.variation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnerflow.award.AcceptanceRequest;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.award.PanelDecision;
import org.partnerflow.award.ProposalRequest;
import org.partnerflow.award.Proposals;
import org.partnerflow.award.Recommendation;
import org.partnerflow.milestone.PlanChange;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;

/** Active awards to vary: a 24-month award (so its end date can move within the 36-month maximum) in three tranches. */
final class VariationFixture {

    static final PartnerflowUser ASSESSOR = AwardFixture.staff("assessor.v", Role.ASSESSOR);
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.v", Role.FUNDER);
    static final PartnerflowUser SECOND_FUNDER = AwardFixture.staff("funder.v2", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.v", Role.PROGRAMME_MANAGER);
    static final PartnerflowUser SECOND_MANAGER = AwardFixture.staff("manager.v2", Role.PROGRAMME_MANAGER);
    static final LocalDate START = AwardFixture.START;
    static final LocalDate END = LocalDate.of(2029, 3, 31);

    private final Proposals proposals;
    private final AwardQueries awards;
    private final TaskList tasks;
    private final TaskCompletion completion;
    private final ObjectMapper json;

    VariationFixture(Proposals proposals, AwardQueries awards, TaskList tasks, TaskCompletion completion,
            ObjectMapper json) {
        this.proposals = proposals;
        this.awards = awards;
        this.tasks = tasks;
        this.completion = completion;
        this.json = json;
    }

    /** A 24-month proposal from 1 April 2027 in three equal tranches. */
    static ProposalRequest proposal(String amount) {
        BigDecimal total = new BigDecimal(amount);
        BigDecimal third = total.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
        BigDecimal last = total.subtract(third.multiply(BigDecimal.valueOf(2)));
        BigDecimal half = total.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
        return new ProposalRequest("We will build resident-led groups and share what we learn.",
                List.of("Residents lead local groups"), List.of("Change how services are commissioned"),
                List.of("Community hubs"), total, START, 24,
                List.of(new ProposalRequest.BudgetYear(1, half), new ProposalRequest.BudgetYear(2, total.subtract(half))),
                List.of(AwardFixture.milestone("Hubs open", START.plusMonths(6), third),
                        AwardFixture.milestone("Groups running", START.plusMonths(14), third),
                        AwardFixture.milestone("Learning shared", END, last)));
    }

    /** Starts, assesses, approves and accepts an award of the amount: ACTIVE, nothing released. */
    AwardView activeAward(PartnerflowUser partner, String amount) {
        AwardView award = awaitingDecision(partner, amount);
        complete(FUNDER, "decideAward", award.id(), new DecisionRequest(PanelDecision.APPROVE, new BigDecimal(amount),
                null, null, null));
        complete(partner, "acceptOffer", award.id(), new AcceptanceRequest(true));
        return award;
    }

    /** Starts and assesses an award of the amount: waiting for the panel's decision. */
    AwardView awaitingDecision(PartnerflowUser partner, String amount) {
        AwardView award = proposals.start(partner.partnershipIds().iterator().next(), partner);
        complete(partner, "submitProposal", award.id(), proposal(amount));
        complete(ASSESSOR, "assessProposal", award.id(), new AssessmentRequest(List.of(
                new AssessmentRequest.CriterionScore("Community voice and power", 4, null),
                new AssessmentRequest.CriterionScore("Strength of the partnership", 4, null),
                new AssessmentRequest.CriterionScore("Deliverability of the plan", 3, null),
                new AssessmentRequest.CriterionScore("Value for money", 4, null),
                new AssessmentRequest.CriterionScore("Learning and sharing", 5, null)), Recommendation.FUND, true));
        return award;
    }

    /** The award's milestones as a variation names them, each with its tranche. */
    List<PlanChange> plan(long awardId) {
        AwardDetail award = awards.detail(awardId);
        return award.milestones().stream().map(m -> new PlanChange(m.id(), m.title(), m.dueDate(), m.evidenceExpected(),
                award.tranches().stream().filter(t -> t.id().equals(m.trancheId())).findFirst().orElseThrow().amount()))
                .toList();
    }

    /** The same plan with every open tranche set to the amount. */
    static List<PlanChange> withTranches(List<PlanChange> plan, String each) {
        return plan.stream().map(m -> new PlanChange(m.id(), m.title(), m.dueDate(), m.evidenceExpected(),
                new BigDecimal(each))).toList();
    }

    void complete(PartnerflowUser user, String key, long awardId, Object body) {
        completion.complete(task(user, key, awardId).id(), json.valueToTree(body), user);
    }

    void complete(PartnerflowUser user, String key, long awardId, Map<String, Object> body) {
        completion.complete(task(user, key, awardId).id(), json.valueToTree(body), user);
    }

    WorkItem task(PartnerflowUser user, String key, long awardId) {
        return tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> Long.valueOf(awardId).equals(t.awardId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " task for " + user.getUsername()));
    }

    boolean sees(PartnerflowUser user, String key, long awardId) {
        return tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .anyMatch(t -> Long.valueOf(awardId).equals(t.awardId()));
    }
}
