package org.partnerflow.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.organisation.OrganisationView;
import org.partnerflow.outcome.BenefitsCase;
import org.partnerflow.outcome.CohortRequest;
import org.partnerflow.outcome.ContributionRequest;
import org.partnerflow.outcome.Direction;
import org.partnerflow.outcome.IndicatorRequest;
import org.partnerflow.outcome.IndicatorUnit;
import org.partnerflow.outcome.IndicatorView;
import org.partnerflow.outcome.Indicators;
import org.partnerflow.outcome.OutcomeCadence;
import org.partnerflow.outcome.OutcomeSettings;
import org.partnerflow.outcome.PooledBudget;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo outcomes. Before the awards: reporting cadences (In One Place monthly, Healthy Communities Together every two
 * months), indicators, contributions and the Gwent benefits case from the In One Place figures. After them: every
 * period already ended is reported and approved through the task list, except the last one, which Gwent still has to
 * report (partner.gwent has a reportOutcomes task) and Coventry has reported for a manager to review.
 */
@Component
@Profile("demo")
class DemoOutcomes {

    static final LocalDate BASELINE = LocalDate.of(2026, 3, 31);

    private final Indicators indicators;
    private final PooledBudget budget;
    private final BenefitsCase benefits;
    private final OutcomeSettings settings;
    private final AwardQueries awards;
    private final TaskList tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final UserDetailsService users;
    private final ObjectMapper json;
    private final Clock clock;

    DemoOutcomes(Indicators indicators, PooledBudget budget, BenefitsCase benefits, OutcomeSettings settings,
            AwardQueries awards, TaskList tasks, RuntimeService runtime, ManagementService management,
            UserDetailsService users, ObjectMapper json, Clock clock) {
        this.indicators = indicators;
        this.budget = budget;
        this.benefits = benefits;
        this.settings = settings;
        this.awards = awards;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.users = users;
        this.json = json;
        this.clock = clock;
    }

    /** Cadences, indicators, contributions and cohorts, each partnership once (when it has no indicator yet). */
    void prepare(List<PartnershipView> partnerships) {
        PartnerflowUser manager = user("manager");
        for (PartnershipView p : partnerships) {
            if (!indicators.forPartnership(p.id(), manager).isEmpty()) {
                continue;
            }
            switch (p.place()) {
                case "Gwent" -> {
                    settings.changeCadence(p.programmeId(), 1, manager);
                    gwent(p, manager);
                }
                case "Coventry" -> {
                    settings.changeCadence(p.programmeId(), 2, manager);
                    coventry(p, manager);
                }
                case "Croydon" -> define(p, manager, "Residents involved in decisions", IndicatorUnit.PEOPLE,
                        Direction.INCREASE, "80", Map.of(LocalDate.of(2028, 3, 31), "250", LocalDate.of(2030, 3, 31), "400"), false);
                default -> { }
            }
        }
    }

    private void gwent(PartnershipView p, PartnerflowUser manager) {
        define(p, manager, "People living back in Gwent under the new model", IndicatorUnit.PEOPLE, Direction.INCREASE, "0",
                Map.of(LocalDate.of(2026, 9, 30), "4", LocalDate.of(2027, 3, 31), "12", LocalDate.of(2028, 3, 31), "24"), true);
        define(p, manager, "People in placements out of county", IndicatorUnit.PEOPLE, Direction.DECREASE, "24",
                Map.of(LocalDate.of(2027, 3, 31), "16", LocalDate.of(2028, 3, 31), "4"), false);
        define(p, manager, "Homes ready through the housing associations", IndicatorUnit.COUNT, Direction.INCREASE, "0",
                Map.of(LocalDate.of(2027, 3, 31), "10", LocalDate.of(2028, 3, 31), "24"), false);
        define(p, manager, "What people and families say about moving home", IndicatorUnit.TEXT, null, null, Map.of(), false);
        contribute(p, manager, "Aneurin Bevan University Health Board", ContributionRequest.Kind.CASH,
                "Continuing health care budget moved into the pooled fund", "400000.00", "150000.00");
        contribute(p, manager, "Newport City Council", ContributionRequest.Kind.IN_KIND,
                "Social workers' time on assessments and reviews", "90000.00", "30000.00");
        contribute(p, manager, "Caerphilly County Borough Council", ContributionRequest.Kind.IN_KIND,
                "Commissioning and contracts team time", "45000.00", "15000.00");
        contribute(p, manager, "Melin Homes", ContributionRequest.Kind.CASH,
                "Capital for adapted homes, financed privately", "650000.00", "260000.00");
        contribute(p, manager, "United Welsh", ContributionRequest.Kind.CASH,
                "Capital for two shared homes", "300000.00", "0.00");
        // The In One Place case: about 200,000 pounds per person a year out of county, and about 285,000 pounds a year
        // saved for the first 4 people, so 71,250 each and a new-model cost of 128,750. The 24 out-of-county
        // placements include the 4, and the 78 people designated for continuing health care include the 24.
        cohort(p, manager, "First four urgent cases", 4);
        cohort(p, manager, "Other people placed out of county", 20);
        cohort(p, manager, "Other people designated for continuing health care", 54);
    }

    private void coventry(PartnershipView p, PartnerflowUser manager) {
        define(p, manager, "Residents involved in decisions", IndicatorUnit.PEOPLE, Direction.INCREASE, "120",
                Map.of(LocalDate.of(2027, 3, 31), "300", LocalDate.of(2029, 3, 31), "600"), false);
        define(p, manager, "Community-led groups running", IndicatorUnit.COUNT, Direction.INCREASE, "6",
                Map.of(LocalDate.of(2027, 3, 31), "12", LocalDate.of(2029, 3, 31), "20"), false);
        define(p, manager, "Big Conversations forums held", IndicatorUnit.COUNT, Direction.INCREASE, "0",
                Map.of(LocalDate.of(2027, 3, 31), "6", LocalDate.of(2029, 3, 31), "18"), false);
        contribute(p, manager, "Coventry City Council", ContributionRequest.Kind.CASH,
                "Neighbourhood grants fund", "60000.00", "20000.00");
        contribute(p, manager, "University Hospitals Coventry and Warwickshire NHS Trust", ContributionRequest.Kind.IN_KIND,
                "Community health workers' time", "45000.00", "12000.00");
        contribute(p, manager, "Grapevine Coventry and Warwickshire", ContributionRequest.Kind.IN_KIND,
                "Meeting space and volunteers", "30000.00", "11000.00");
    }

    /** Moves each active award's outcome reporting up to today, as the partner and a programme manager would. */
    void report(List<PartnershipView> partnerships) {
        PartnerflowUser manager = user("manager");
        for (PartnershipView p : partnerships) {
            if (!p.place().equals("Gwent") && !p.place().equals("Coventry")) {
                continue;
            }
            AwardView award = awards.visibleTo(manager, null, p.id(), AwardStatus.ACTIVE).stream().findFirst().orElse(null);
            List<IndicatorView> list = indicators.forPartnership(p.id(), manager);
            if (award == null || list.stream().anyMatch(i -> i.lastApprovedOn() != null)) {
                continue;
            }
            int cadence = p.place().equals("Gwent") ? 1 : 2;
            List<LocalDate> ended = OutcomeCadence.periodEnds(award.startDate(), award.endDate(), cadence).stream()
                    .filter(end -> end.isBefore(LocalDate.now(clock))).toList();
            PartnerflowUser partner = user("partner." + p.place().toLowerCase());
            for (int i = 0; i < ended.size(); i++) {
                if (!endPeriod(award)) {
                    break;
                }
                boolean last = i == ended.size() - 1;
                if (last && p.place().equals("Gwent")) {
                    break;
                }
                complete(partner, award, "reportOutcomes", Map.of("periodEnd", ended.get(i).toString(),
                        "values", values(p.place(), list, i)));
                if (!last) {
                    complete(manager, award, "reviewOutcomes", Map.of("decisions", list.stream()
                            .map(ind -> Map.of("indicatorId", ind.id(), "decision", "APPROVE")).toList()));
                }
            }
        }
    }

    private static final String[][] GWENT = {{"1", "2", "3", "4", "4", "5", "6", "7", "8", "9", "10", "11"},
            {"24", "23", "22", "21", "21", "20", "19", "18", "17", "16", "15", "14"},
            {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"}};
    private static final String[][] COVENTRY = {{"150", "185", "210", "240", "270", "300"},
            {"7", "9", "10", "11", "12", "13"}, {"1", "2", "3", "4", "5", "6"}};
    private static final String[] STORIES = {"The first person moved into a shared home near her family in Torfaen.",
            "A father came home to Newport; his daughter visits every week now.",
            "Two friends from the same placement chose to share a home in Caerphilly."};

    private List<Map<String, Object>> values(String place, List<IndicatorView> list, int period) {
        String[][] table = place.equals("Gwent") ? GWENT : COVENTRY;
        List<Map<String, Object>> values = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            IndicatorView indicator = list.get(i);
            if (indicator.unit() == IndicatorUnit.TEXT) {
                values.add(Map.of("indicatorId", indicator.id(), "narrative", STORIES[period % STORIES.length]));
            } else {
                String[] row = table[i];
                values.add(Map.of("indicatorId", indicator.id(), "value", row[Math.min(period, row.length - 1)],
                        "narrative", place.equals("Gwent") ? "From the programme board's monthly tracker."
                                : "Counted by the partnership's community organisers.",
                        "evidence", "https://example.org/" + place.toLowerCase() + "/outcomes"));
            }
        }
        return values;
    }

    /** Runs the award's due period-end timer now, as the job executor would; false when none is due. */
    private boolean endPeriod(AwardView award) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey("outcomeReporting")
                .processInstanceBusinessKey(award.id().toString()).singleResult();
        if (instance == null) {
            return false;
        }
        Job due = management.createJobQuery().processInstanceId(instance.getId()).activityId("outcomePeriodEnded")
                .duedateLowerThan(java.util.Date.from(clock.instant())).singleResult();
        if (due == null) {
            return false;
        }
        management.executeJob(due.getId());
        return true;
    }

    private void define(PartnershipView p, PartnerflowUser manager, String title, IndicatorUnit unit, Direction direction,
            String baseline, Map<LocalDate, String> targets, boolean savings) {
        List<IndicatorRequest.Target> list = targets.entrySet().stream()
                .map(e -> new IndicatorRequest.Target(e.getKey(), new BigDecimal(e.getValue()))).toList();
        indicators.define(p.id(), new IndicatorRequest(title, unit, direction, baseline == null ? null : new BigDecimal(baseline),
                BASELINE, list, p.workstreams().isEmpty() ? null : List.of(p.workstreams().get(0)), savings,
                "Agreed with the programme manager when the award began"), manager);
    }

    private void contribute(PartnershipView p, PartnerflowUser manager, String organisation, ContributionRequest.Kind kind,
            String description, String committed, String contributed) {
        Long id = p.members().stream().map(PartnershipView.MemberView::organisation)
                .filter(o -> o.name().equals(organisation)).map(OrganisationView::id).findFirst().orElse(null);
        if (id != null) {
            budget.record(p.id(), new ContributionRequest(id, kind, description, new BigDecimal(committed),
                    new BigDecimal(contributed), 2026, 2028), manager);
        }
    }

    private void cohort(PartnershipView p, PartnerflowUser manager, String name, int people) {
        benefits.addCohort(p.id(), new CohortRequest(name, people, new BigDecimal("200000.00"), new BigDecimal("128750.00")),
                manager);
    }

    private void complete(PartnerflowUser user, AwardView award, String key, Object body) {
        WorkItem task = tasks.visibleTo(user, new TaskFilter(key, award.partnershipId(), false, 0, 50)).stream()
                .filter(t -> award.id().equals(t.awardId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo: no " + key + " task for " + award.reference()));
        tasks.complete(task.id(), json.valueToTree(body), user);
    }

    private PartnerflowUser user(String username) {
        return (PartnerflowUser) users.loadUserByUsername(username);
    }
}
