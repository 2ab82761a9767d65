package org.partnerflow.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.partnerflow.security.Role;
import org.partnerflow.security.Users;
import org.partnerflow.infrastructure.engine.TaskHistory;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.infrastructure.engine.TeamWorkload;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Component;

/** The programme managers' own work for their dashboard: open tasks by kind, overdue tasks and review turnaround. */
@Component
class TeamWorkReader {

    private final Users users;
    private final TaskList tasks;
    private final TaskHistory history;
    private final TeamWorkload workload;

    TeamWorkReader(Users users, TaskList tasks, TaskHistory history, TeamWorkload workload) {
        this.users = users;
        this.tasks = tasks;
        this.history = history;
        this.workload = workload;
    }

    /** The team's work now, in three queries and one aggregate, about the partnerships given (all when null). */
    TeamWork read(Collection<Long> about, boolean everything, Instant now) {
        String group = Role.PROGRAMME_MANAGER.group();
        Collection<String> team = users.usernamesWith(Role.PROGRAMME_MANAGER);
        List<TeamWorkload.KindCount> open = workload.byKind(group, team, about, now);
        List<WorkItem> overdueTasks = tasks.overdueForTeam(group, team, now).stream()
                .filter(t -> t.partnershipId() == null ? everything : about == null || about.contains(t.partnershipId()))
                .toList();
        TaskHistory.Turnarounds turnaround = history.turnarounds(ManagerDashboardReadModel.REVIEW_TASK, about,
                now.minus(Duration.ofDays(TeamFigures.TURNAROUND_WINDOW_DAYS)));
        return new TeamWork(open, overdueTasks, turnaround);
    }

    /** Open tasks by kind, the overdue ones, and how fast evidence reviews were done. */
    record TeamWork(List<TeamWorkload.KindCount> open, List<WorkItem> overdueTasks,
            TaskHistory.Turnarounds turnaround) {
    }
}
