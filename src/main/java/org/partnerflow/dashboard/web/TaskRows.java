package org.partnerflow.dashboard.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Tasks as the task list and the home page show them: with their partnership's name, their award's reference and
 * whether they are late.
 */
@Component
class TaskRows {

    private final Partnerships partnerships;
    private final AwardQueries awards;
    private final Clock clock;

    TaskRows(Partnerships partnerships, AwardQueries awards, Clock clock) {
        this.partnerships = partnerships;
        this.awards = awards;
        this.clock = clock;
    }

    /** A task in a list; its award's reference, or its business key for a task of no award. */
    record TaskRow(WorkItem task, String partnershipName, String awardReference, boolean overdue, boolean claimedByYou) {
    }

    /** The names of the partnerships the user may read, by id: one query per page, not one per task. */
    Map<Long, String> partnershipNames(PartnerflowUser user) {
        return partnerships.namesVisibleTo(user, null);
    }

    List<TaskRow> rows(List<WorkItem> tasks, Map<Long, String> names, PartnerflowUser user) {
        Instant now = clock.instant();
        Map<Long, String> references = awardReferences(tasks, user);
        return tasks.stream().map(t -> new TaskRow(t, t.partnershipId() == null ? null : names.get(t.partnershipId()),
                references.getOrDefault(t.awardId(), t.businessKey()), t.isOverdue(now),
                user.getUsername().equals(t.assignee()))).toList();
    }

    /**
     * The references of the awards the tasks are about, in one query. A milestone task's business key is its
     * milestone's id, so the reference has to come from the award itself.
     */
    private Map<Long, String> awardReferences(List<WorkItem> tasks, PartnerflowUser user) {
        if (tasks.stream().allMatch(t -> t.awardId() == null)) {
            return Map.of();
        }
        return awards.visibleTo(user, null, null, null).stream()
                .collect(Collectors.toMap(AwardView::id, AwardView::reference, (a, b) -> a));
    }
}
