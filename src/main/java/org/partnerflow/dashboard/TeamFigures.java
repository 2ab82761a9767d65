package org.partnerflow.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.tasks.TaskHistory;
import org.partnerflow.tasks.WorkItem;

/** The sums behind the manager dashboard, kept free of queries so that they are tested on their own. */
final class TeamFigures {

    static final int ENDING_WITHIN_DAYS = 90;
    static final int TURNAROUND_WINDOW_DAYS = 90;

    private TeamFigures() {
    }

    /** Whole days since the task was created. */
    static long ageInDays(WorkItem task, Instant now) {
        return Math.max(0, Duration.between(task.created(), now).toDays());
    }

    static ManagerDashboard.AgeCounts ages(Collection<WorkItem> tasks, Instant now) {
        int young = 0;
        int middle = 0;
        int old = 0;
        for (WorkItem task : tasks) {
            long days = ageInDays(task, now);
            if (days < 7) {
                young++;
            } else if (days <= 30) {
                middle++;
            } else {
                old++;
            }
        }
        return new ManagerDashboard.AgeCounts(young, middle, old);
    }

    /** The tasks by kind, the kind with most tasks first, then by name. */
    static ManagerDashboard.OpenTasks openTasks(List<WorkItem> tasks, Instant now) {
        Map<String, List<WorkItem>> byKey = new LinkedHashMap<>();
        for (WorkItem task : tasks) {
            byKey.computeIfAbsent(task.taskDefinitionKey(), k -> new java.util.ArrayList<>()).add(task);
        }
        List<ManagerDashboard.TaskTypeRow> rows = byKey.entrySet().stream().map(e -> new ManagerDashboard.TaskTypeRow(
                        e.getKey(), e.getValue().get(0).name(), e.getValue().size(), ages(e.getValue(), now),
                        e.getValue().stream().mapToLong(t -> ageInDays(t, now)).max().orElse(0)))
                .sorted(Comparator.comparingInt(ManagerDashboard.TaskTypeRow::total).reversed()
                        .thenComparing(ManagerDashboard.TaskTypeRow::name))
                .toList();
        return new ManagerDashboard.OpenTasks(tasks.size(), ages(tasks, now), rows);
    }

    /** Active awards whose last day falls from today up to 90 days ahead, soonest first. */
    static List<ManagerDashboard.EndingAward> endingSoon(Collection<AwardView> awards, LocalDate today) {
        LocalDate until = today.plusDays(ENDING_WITHIN_DAYS);
        return awards.stream()
                .filter(a -> a.status() == AwardStatus.ACTIVE && a.endDate() != null)
                .filter(a -> !a.endDate().isBefore(today) && !a.endDate().isAfter(until))
                .sorted(Comparator.comparing(AwardView::endDate).thenComparing(AwardView::id))
                .map(a -> new ManagerDashboard.EndingAward(a.id(), a.reference(), a.partnershipId(), a.partnershipName(),
                        a.endDate(), ChronoUnit.DAYS.between(today, a.endDate()), a.amountAwarded(),
                        a.amountReleased()))
                .toList();
    }
}
