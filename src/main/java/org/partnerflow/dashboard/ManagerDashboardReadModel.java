package org.partnerflow.dashboard;

import org.partnerflow.infrastructure.readcache.ReadCache;
import java.util.Arrays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.OverdueMilestones;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.infrastructure.engine.TaskHistory;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Service;

/**
 * Builds the programme manager dashboard with a fixed number of queries (programme, partnership names, overdue
 * milestones counted and the worst read, team members, open tasks, the awards of overdue tasks, awards ending soon,
 * and the review turnaround as one SQL aggregate), whatever the amount of work or history; one read model serves
 * the page and the API. Only the partnerships and awards the user may read count.
 */
@Service
public class ManagerDashboardReadModel {

    static final String REVIEW_TASK = "reviewMilestoneEvidence";
    static final int OVERDUE_SHOWN = 20;

    private final Programmes programmes;
    private final Partnerships partnerships;
    private final AwardQueries awards;
    private final OverdueMilestones overdueMilestones;
    private final TeamWorkReader teamWork;
    private final Clock clock;
    private final ReadCache cache;

    ManagerDashboardReadModel(Programmes programmes, Partnerships partnerships, AwardQueries awards,
            OverdueMilestones overdueMilestones, TeamWorkReader teamWork, Clock clock, ReadCache cache) {
        this.cache = cache;
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.awards = awards;
        this.overdueMilestones = overdueMilestones;
        this.teamWork = teamWork;
        this.clock = clock;
    }

    /** The team's work across the programmes the user may see, or in one of them (404 when it is not one). */
    public ManagerDashboard of(Long programmeId, PartnerflowUser user) {
        return cache.read("manager-dashboard", Arrays.asList(programmeId, user.accessKey()),
                () -> read(programmeId, user));
    }

    private ManagerDashboard read(Long programmeId, PartnerflowUser user) {
        ProgrammeView programme = programmeId == null ? null : programmes.get(programmeId, user);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        // Staff read every partnership, so across all programmes nothing needs narrowing (tasks about no partnership
        // yet count too); narrowed to a programme, only tasks about its partnerships count.
        boolean everything = programmeId == null && user.isStaff();
        Map<Long, String> names = everything ? Map.of() : partnerships.namesVisibleTo(user, programmeId);
        Collection<Long> about = everything ? null : names.keySet();
        TeamWorkReader.TeamWork work = teamWork.read(about, everything, now);
        List<AwardView> ending = awards.activeEndingBetween(user, programmeId, today,
                today.plusDays(TeamFigures.ENDING_WITHIN_DAYS));

        return new ManagerDashboard(
                programme == null ? null : new ManagerDashboard.ProgrammeRef(programme.id(), programme.title()), today,
                TeamFigures.openTasks(work.open(), now), overdue(programmeId, work.overdueTasks(), user, today),
                new ManagerDashboard.ReviewTurnaround(REVIEW_TASK, window(work.turnaround().allTime()),
                        window(work.turnaround().recent())),
                TeamFigures.endingSoon(ending, today));
    }

    private static ManagerDashboard.Window window(TaskHistory.Turnaround turnaround) {
        return new ManagerDashboard.Window(turnaround.completed(), turnaround.medianDays());
    }

    /**
     * Overdue milestones of active awards (counted in SQL, only the most overdue read) and overdue team tasks, most
     * overdue first. The first few milestones are enough: no milestone beyond them can be among the items shown.
     */
    private ManagerDashboard.Overdue overdue(Long programmeId, List<WorkItem> overdueTasks, PartnerflowUser user,
            LocalDate today) {
        List<ManagerDashboard.OverdueItem> items = new ArrayList<>();
        OverdueMilestones.Worst milestones = overdueMilestones.ofActiveAwards(programmeId, today, OVERDUE_SHOWN);
        for (OverdueMilestones.Listed m : milestones.first()) {
            if (user.canRead(m.partnershipId())) {
                items.add(new ManagerDashboard.OverdueItem(ManagerDashboard.Kind.MILESTONE, m.title(), m.partnershipId(),
                        m.partnershipName(), m.awardId(), m.awardReference(), m.milestoneId(), null, m.dueDate(),
                        Math.max(0, ChronoUnit.DAYS.between(m.dueDate(), today))));
            }
        }
        Map<Long, AwardView> awardsById = awards.byIds(user, overdueTasks.stream().map(WorkItem::awardId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(AwardView::id, Function.identity()));
        Map<Long, String> names = partnerships.namesOf(user, overdueTasks.stream().map(WorkItem::partnershipId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        for (WorkItem task : overdueTasks) {
            LocalDate due = dueDay(task.due(), clock);
            AwardView award = task.awardId() == null ? null : awardsById.get(task.awardId());
            items.add(new ManagerDashboard.OverdueItem(ManagerDashboard.Kind.TASK, task.name(), task.partnershipId(),
                    task.partnershipId() == null ? null : names.get(task.partnershipId()),
                    award == null ? null : award.id(), award == null ? null : award.reference(), null, task.id(),
                    due, Math.max(0, ChronoUnit.DAYS.between(due, today))));
        }
        List<ManagerDashboard.OverdueItem> shown = items.stream()
                .sorted(Comparator.comparingLong(ManagerDashboard.OverdueItem::daysOverdue).reversed()
                        .thenComparing(ManagerDashboard.OverdueItem::title))
                .limit(OVERDUE_SHOWN).toList();
        int milestoneCount = (int) milestones.total();
        return new ManagerDashboard.Overdue(milestoneCount + overdueTasks.size(), milestoneCount, overdueTasks.size(),
                shown);
    }

    /** The day a deadline falls on: a deadline at midnight is the end of the day before, as the task list shows it. */
    static LocalDate dueDay(Instant due, Clock clock) {
        ZonedDateTime local = due.atZone(clock.getZone());
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }
}
