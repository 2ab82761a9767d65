package org.partnerflow.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.Awards;
import org.partnerflow.award.OverdueMilestones;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.security.Users;
import org.partnerflow.tasks.TaskHistory;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the programme manager dashboard with a fixed number of queries (programme, partnerships, awards, overdue
 * milestones, team members, open tasks, review history), whatever the amount of work; one read model serves the
 * page and the API. Only the partnerships and awards the user may read count.
 */
@Service
public class ManagerDashboardReadModel {

    static final String REVIEW_TASK = "reviewMilestoneEvidence";
    static final int OVERDUE_SHOWN = 20;

    private final Programmes programmes;
    private final Partnerships partnerships;
    private final Awards awards;
    private final OverdueMilestones overdueMilestones;
    private final Users users;
    private final TaskList tasks;
    private final TaskHistory history;
    private final Clock clock;

    ManagerDashboardReadModel(Programmes programmes, Partnerships partnerships, Awards awards,
            OverdueMilestones overdueMilestones, Users users, TaskList tasks, TaskHistory history, Clock clock) {
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.awards = awards;
        this.overdueMilestones = overdueMilestones;
        this.users = users;
        this.tasks = tasks;
        this.history = history;
        this.clock = clock;
    }

    /** The team's work across the programmes the user may see, or in one of them (404 when it is not one). */
    @Transactional(readOnly = true)
    public ManagerDashboard of(Long programmeId, PartnerflowUser user) {
        ProgrammeView programme = programmeId == null ? null : programmes.get(programmeId, user);
        Map<Long, String> names = partnerships.namesVisibleTo(user, programmeId);
        Map<Long, AwardView> visibleAwards = awards.visibleTo(user, programmeId, null, null).stream()
                .collect(Collectors.toMap(AwardView::id, Function.identity(), (a, b) -> a));
        List<AwardView> active = visibleAwards.values().stream().filter(a -> a.status() == AwardStatus.ACTIVE).toList();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());

        // A task about no partnership (none yet) counts only when the dashboard is not narrowed to a programme.
        List<WorkItem> open = tasks.openForTeam(Role.PROGRAMME_MANAGER.group(), users.usernamesWith(Role.PROGRAMME_MANAGER))
                .stream().filter(t -> t.partnershipId() == null ? programmeId == null : names.containsKey(t.partnershipId()))
                .toList();
        List<TaskHistory.FinishedTask> reviews = history.finished(REVIEW_TASK).stream()
                .filter(r -> r.partnershipId() != null && names.containsKey(r.partnershipId())).toList();

        return new ManagerDashboard(
                programme == null ? null : new ManagerDashboard.ProgrammeRef(programme.id(), programme.title()), today,
                TeamFigures.openTasks(open, now), overdue(active, open, visibleAwards, names, today, now),
                TeamFigures.turnaround(REVIEW_TASK, reviews, now), TeamFigures.endingSoon(active, today));
    }

    private ManagerDashboard.Overdue overdue(List<AwardView> active, List<WorkItem> open, Map<Long, AwardView> awardsById,
            Map<Long, String> names, LocalDate today, Instant now) {
        List<ManagerDashboard.OverdueItem> items = new ArrayList<>();
        for (OverdueMilestones.Item m : overdueMilestones.of(active.stream().map(AwardView::id).toList(), today)) {
            AwardView award = awardsById.get(m.awardId());
            items.add(new ManagerDashboard.OverdueItem(ManagerDashboard.Kind.MILESTONE, m.title(), award.partnershipId(),
                    award.partnershipName(), award.id(), award.reference(), m.milestoneId(), null, m.dueDate(),
                    Math.max(0, ChronoUnit.DAYS.between(m.dueDate(), today))));
        }
        int milestones = items.size();
        for (WorkItem task : open) {
            if (task.isOverdue(now)) {
                LocalDate due = dueDay(task.due(), clock);
                AwardView award = task.awardId() == null ? null : awardsById.get(task.awardId());
                items.add(new ManagerDashboard.OverdueItem(ManagerDashboard.Kind.TASK, task.name(), task.partnershipId(),
                        task.partnershipId() == null ? null : names.get(task.partnershipId()),
                        award == null ? null : award.id(), award == null ? null : award.reference(), null, task.id(),
                        due, Math.max(0, ChronoUnit.DAYS.between(due, today))));
            }
        }
        List<ManagerDashboard.OverdueItem> shown = items.stream()
                .sorted(Comparator.comparingLong(ManagerDashboard.OverdueItem::daysOverdue).reversed()
                        .thenComparing(ManagerDashboard.OverdueItem::title))
                .limit(OVERDUE_SHOWN).toList();
        return new ManagerDashboard.Overdue(items.size(), milestones, items.size() - milestones, shown);
    }

    /** The day a deadline falls on: a deadline at midnight is the end of the day before, as the task list shows it. */
    static LocalDate dueDay(Instant due, Clock clock) {
        ZonedDateTime local = due.atZone(clock.getZone());
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }
}
