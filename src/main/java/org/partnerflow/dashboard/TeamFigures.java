package org.partnerflow.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.infrastructure.engine.TeamWorkload;

/** The sums behind the manager dashboard, kept free of queries so that they are tested on their own. */
final class TeamFigures {

    static final int ENDING_WITHIN_DAYS = 90;
    static final int TURNAROUND_WINDOW_DAYS = 90;

    private TeamFigures() {
    }

    /** Whole days since a moment. */
    static long ageInDays(Instant created, Instant now) {
        return Math.max(0, Duration.between(created, now).toDays());
    }

    /** The team's open tasks by kind, the kind with most tasks first, then by name; the ages added up. */
    static ManagerDashboard.OpenTasks openTasks(List<TeamWorkload.KindCount> kinds, Instant now) {
        int young = 0;
        int middle = 0;
        int old = 0;
        List<ManagerDashboard.TaskTypeRow> rows = new java.util.ArrayList<>();
        for (TeamWorkload.KindCount kind : kinds) {
            ManagerDashboard.AgeCounts ages = new ManagerDashboard.AgeCounts(kind.underSevenDays(),
                    kind.sevenToThirtyDays(), kind.overThirtyDays());
            young += kind.underSevenDays();
            middle += kind.sevenToThirtyDays();
            old += kind.overThirtyDays();
            rows.add(new ManagerDashboard.TaskTypeRow(kind.taskDefinitionKey(), kind.name(), ages.total(), ages,
                    ageInDays(kind.oldestCreated(), now)));
        }
        rows.sort(Comparator.comparingInt(ManagerDashboard.TaskTypeRow::total).reversed()
                .thenComparing(ManagerDashboard.TaskTypeRow::name));
        return new ManagerDashboard.OpenTasks(young + middle + old, new ManagerDashboard.AgeCounts(young, middle, old),
                rows);
    }

    /** Active (or suspended) awards whose last day falls from today up to 90 days ahead, soonest first. */
    static List<ManagerDashboard.EndingAward> endingSoon(Collection<AwardView> awards, LocalDate today) {
        LocalDate until = today.plusDays(ENDING_WITHIN_DAYS);
        return awards.stream()
                .filter(a -> (a.status() == AwardStatus.ACTIVE || a.status() == AwardStatus.SUSPENDED)
                        && a.endDate() != null)
                .filter(a -> !a.endDate().isBefore(today) && !a.endDate().isAfter(until))
                .sorted(Comparator.comparing(AwardView::endDate).thenComparing(AwardView::id))
                .map(a -> new ManagerDashboard.EndingAward(a.id(), a.reference(), a.partnershipId(), a.partnershipName(),
                        a.endDate(), ChronoUnit.DAYS.between(today, a.endDate()), a.amountAwarded(),
                        a.amountReleased()))
                .toList();
    }
}
