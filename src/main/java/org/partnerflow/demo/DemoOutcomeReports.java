package org.partnerflow.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.partnerflow.outcome.IndicatorUnit;
import org.partnerflow.outcome.IndicatorView;
import org.partnerflow.outcome.Indicators;
import org.partnerflow.outcome.OutcomeCadence;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's outcome reports: every period already ended is reported and approved through the task list, except the
 * last one, which Gwent still has to report (partner.gwent has a reportOutcomes task) and Coventry has reported for
 * a manager to review.
 */
@Component
@Profile("demo")
class DemoOutcomeReports {

    private final AwardQueries awards;
    private final Indicators indicators;
    private final DemoTasks tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final UserDetailsService users;
    private final ObjectMapper json;
    private final Clock clock;

    DemoOutcomeReports(AwardQueries awards, Indicators indicators, DemoTasks tasks, RuntimeService runtime,
            ManagementService management, UserDetailsService users, ObjectMapper json, Clock clock) {
        this.awards = awards;
        this.indicators = indicators;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.users = users;
        this.json = json;
        this.clock = clock;
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
