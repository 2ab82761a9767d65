package org.partnerflow.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnerflow.award.AcceptanceRequest;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.Proposals;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.award.PanelDecision;
import org.partnerflow.award.ProposalRequest;
import org.partnerflow.award.Recommendation;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo awards in several states, moved forward exactly as people would: through the task list, as the demo
 * partner, assessor and funder. Each partnership's award is made once; a partnership with any award is left alone.
 */
@Component
@Profile("demo")
class DemoAwards {

    /** How far each demo partnership's award has got. */
    enum Stage { AWAITING_PROPOSAL, AWAITING_ASSESSMENT, AWAITING_DECISION, CHANGES_REQUESTED, OFFERED, ACTIVE }

    static final Map<String, Stage> STAGES = Map.of(
            "Coventry", Stage.ACTIVE,
            "Croydon", Stage.OFFERED,
            "Gloucestershire", Stage.AWAITING_ASSESSMENT,
            "Leeds", Stage.AWAITING_DECISION,
            "Plymouth", Stage.AWAITING_PROPOSAL,
            "Greenwich", Stage.CHANGES_REQUESTED,
            "Gwent", Stage.ACTIVE);

    private final AwardQueries awards;
    private final Proposals proposals;
    private final DemoTasks tasks;
    private final UserDetailsService users;
    private final DemoCriteria criteria;
    private final ObjectMapper json;
    private final DemoLearning learning;
    private final DemoClock clock;

    DemoAwards(AwardQueries awards, Proposals proposals, DemoTasks tasks,
            UserDetailsService users, DemoCriteria criteria, ObjectMapper json,
            DemoLearning learning, DemoClock clock) {
        this.learning = learning;
        this.clock = clock;
        this.awards = awards;
        this.proposals = proposals;
        this.tasks = tasks;
        this.users = users;
        this.criteria = criteria;
        this.json = json;
    }

    void load(List<PartnershipView> partnerships) {
        PartnerflowUser manager = user("manager");
        criteria.setUp(partnerships);
        for (PartnershipView partnership : partnerships) {
            Stage stage = STAGES.get(partnership.place());
            if (stage == null || !awards.visibleTo(manager, null, partnership.id(), null).isEmpty()) {
                continue;
            }
            advance(partnership, stage);
        }
    }

    /**
     * The active awards start on 1 April 2026; their proposals, assessments, decisions and acceptances are replayed
     * on 2 March 2026, so that each award was decided before it started, as a real one is (its 360Giving award date
     * comes before its planned start). What follows the start (learning reviews, a release) happens in the present.
     */
    static final java.time.Instant ACTIVE_AWARDS_DECIDED = java.time.ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0,
            java.time.ZoneId.of("Europe/London")).toInstant();

    private void advance(PartnershipView partnership, Stage stage) {
        if (stage != Stage.ACTIVE) {
            decide(partnership, stage);
            return;
        }
        AwardView award = clock.replaying(ACTIVE_AWARDS_DECIDED, () -> decide(partnership, stage));
        learning.load(award, partnership.place());
        if (partnership.place().equals("Gwent")) {
            releaseFirstTranche(user("partner." + partnership.place().toLowerCase()), award);
        }
    }

    /** Takes the award as far as the stage, up to the partnership's acceptance of the offer. */
    private AwardView decide(PartnershipView partnership, Stage stage) {
        PartnerflowUser partner = user("partner." + partnership.place().toLowerCase());
        AwardView award = proposals.start(partnership.id(), partner);
        if (stage == Stage.AWAITING_PROPOSAL) {
            return award;
        }
        boolean gwent = partnership.place().equals("Gwent");
        BigDecimal asked = new BigDecimal(gwent ? "480000.00" : partnership.place().equals("Croydon") ? "440000.00" : "450000.00");
        complete(partner, award, "submitProposal", proposal(partnership, asked, gwent ? 24 : 36,
                stage == Stage.ACTIVE ? LocalDate.of(2026, 4, 1) : LocalDate.of(2027, 4, 1)));
        if (stage == Stage.AWAITING_ASSESSMENT) {
            return award;
        }
        complete(user("assessor"), award, "assessProposal", assessment(award.programmeId(), stage == Stage.CHANGES_REQUESTED
                ? Recommendation.FUND_WITH_CONDITIONS : Recommendation.FUND));
        if (stage == Stage.AWAITING_DECISION) {
            return award;
        }
        PartnerflowUser funder = user("funder");
        if (stage == Stage.CHANGES_REQUESTED) {
            complete(funder, award, "decideAward", new DecisionRequest(PanelDecision.REQUEST_CHANGES, null,
                    "Please show how residents will share in decisions on the budget, and add a milestone for it.",
                    null, null));
            return award;
        }
        if (partnership.place().equals("Croydon")) {
            complete(funder, award, "decideAward", new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("420000.00"),
                    null, "Quarterly updates to the programme manager", List.of(new BigDecimal("140000.00"),
                            new BigDecimal("140000.00"), new BigDecimal("140000.00"))));
        } else {
            complete(funder, award, "decideAward", new DecisionRequest(PanelDecision.APPROVE, asked, null,
                    "Take part in the programme's learning events", null));
        }
        if (stage == Stage.ACTIVE) {
            complete(partner, award, "acceptOffer", new AcceptanceRequest(true));
        }
        return award;
    }

    /** Gwent's first milestone delivered early and paid, so the demo shows money released. */
    private void releaseFirstTranche(PartnerflowUser partner, AwardView award) {
        complete(partner, award, "submitMilestoneEvidence", Map.of("narrative",
                "The first four people have moved back into homes in Gwent with care and support around them.",
                "links", List.of("https://example.org/in-one-place/year-one")));
        complete(user("manager"), award, "reviewMilestoneEvidence", Map.of("decision", "APPROVE",
                "comments", "Clear evidence from the health board and the housing associations."));
        WorkItem proposal = task(user("manager"), award, "proposeTrancheRelease");
        BigDecimal amount = awards.detail(award.id()).tranches().get(0).amount();
        tasks.complete(proposal.id(), json.valueToTree(Map.of("amount", amount, "comments", "Milestone approved")),
                user("manager"));
        complete(user("funder"), award, "approveTrancheRelease", Map.of("decision", "RELEASE"));
    }

    private void complete(PartnerflowUser user, AwardView award, String key, Object body) {
        tasks.complete(task(user, award, key).id(), json.valueToTree(body), user);
    }

    /** The award's task of this kind; for milestone tasks, the earliest milestone's. */
    private WorkItem task(PartnerflowUser user, AwardView award, String key) {
        return tasks.visibleTo(user, new TaskFilter(key, award.partnershipId(), false, 0, 50)).stream()
                .filter(t -> award.id().equals(t.awardId()))
                .min(java.util.Comparator.comparingLong(t -> t.businessKey() != null && t.businessKey().matches("\\d+")
                        ? Long.parseLong(t.businessKey()) : 0L))
                .orElseThrow(() -> new IllegalStateException("demo: no " + key + " task for " + award.reference()));
    }

    /** Three yearly milestones (two for a 24-month award), each releasing an equal part of the award. */
    private static ProposalRequest proposal(PartnershipView partnership, BigDecimal amount, int months, LocalDate start) {
        int years = months / 12;
        BigDecimal part = amount.divide(BigDecimal.valueOf(years), 2, java.math.RoundingMode.DOWN);
        BigDecimal last = amount.subtract(part.multiply(BigDecimal.valueOf(years - 1)));
        List<ProposalRequest.BudgetYear> budget = new ArrayList<>();
        List<ProposalRequest.MilestonePlan> milestones = new ArrayList<>();
        String[] titles = {"Partnership board and community forums running", "Resident-led projects under way",
                "Learning shared and next steps agreed"};
        for (int year = 1; year <= years; year++) {
            BigDecimal share = year == years ? last : part;
            budget.add(new ProposalRequest.BudgetYear(year, share));
            String title = year == years ? titles[2] : titles[year - 1];
            // Coventry's first milestone fell due in October 2026, so the demo has one overdue milestone.
            LocalDate due = partnership.place().equals("Coventry") && year == 1
                    ? LocalDate.of(2026, 10, 31) : start.plusMonths(12L * year).minusDays(1);
            milestones.add(new ProposalRequest.MilestonePlan(title, due,
                    "A short report with evidence from partners and residents", share));
        }
        return new ProposalRequest(
                "The " + partnership.place() + " partnership will use the grant to " + firstAim(partnership),
                partnership.communityAims(), partnership.systemAims(), partnership.workstreams(), amount, start,
                months, budget, milestones);
    }

    private static String firstAim(PartnershipView partnership) {
        String aim = partnership.communityAims().isEmpty() ? "bring partners together around residents' priorities"
                : partnership.communityAims().get(0);
        return Character.toLowerCase(aim.charAt(0)) + aim.substring(1) + (aim.endsWith(".") ? "" : ".");
    }

    private AssessmentRequest assessment(long programmeId, Recommendation recommendation) {
        int[] scores = {4, 4, 3, 4, 5};
        List<AssessmentRequest.CriterionScore> list = new ArrayList<>();
        List<String> names = criteria.namesFor(programmeId);
        for (int i = 0; i < names.size(); i++) {
            list.add(new AssessmentRequest.CriterionScore(names.get(i), scores[i % scores.length],
                    i == 0 ? "Residents are involved from the start." : null));
        }
        return new AssessmentRequest(list, recommendation, true);
    }

    private PartnerflowUser user(String username) {
        return (PartnerflowUser) users.loadUserByUsername(username);
    }
}
