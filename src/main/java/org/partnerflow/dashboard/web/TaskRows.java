package org.partnerflow.dashboard.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Component;

/** Tasks as the task list and the home page show them: with their partnership's name and whether they are late. */
@Component
class TaskRows {

    private final Partnerships partnerships;
    private final Clock clock;

    TaskRows(Partnerships partnerships, Clock clock) {
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /** A task in a list. */
    record TaskRow(WorkItem task, String partnershipName, boolean overdue, boolean claimedByYou) {
    }

    /** The names of the partnerships the user may read, by id: one query per page, not one per task. */
    Map<Long, String> partnershipNames(PartnerflowUser user) {
        return partnerships.visibleTo(user, null).stream()
                .collect(Collectors.toMap(PartnershipView::id, PartnershipView::name, (a, b) -> a));
    }

    List<TaskRow> rows(List<WorkItem> tasks, Map<Long, String> names, PartnerflowUser user) {
        Instant now = clock.instant();
        return tasks.stream().map(t -> new TaskRow(t, t.partnershipId() == null ? null : names.get(t.partnershipId()),
                t.isOverdue(now), user.getUsername().equals(t.assignee()))).toList();
    }
}
