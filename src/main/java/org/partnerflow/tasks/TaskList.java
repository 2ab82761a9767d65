package org.partnerflow.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerflow.integrity.DutyRule;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.infrastructure.readcache.ReadCache;
import org.partnerflow.infrastructure.engine.OpenTasks;
import org.partnerflow.tasks.internal.TaskTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's tasks to read: the list, one task and what its form shows, each checked against the caller (the
 * task's assignee or in one of its candidate groups). TaskClaims and TaskCompletion act on them.
 */
@Service
public class TaskList {

    public static final String PARTNERSHIP_ID = "partnershipId";
    public static final String AWARD_ID = "awardId";
    /** The key of a task's saved draft in its form data. */
    public static final String DRAFT = "draft";

    private final OpenTasks openTasks;
    private final WorkItems workItems;
    private final TaskAccess access;
    private final TaskTypes types;
    private final TaskFormsByKey forms;
    private final ReadCache cache;
    private final Clock clock;
    private final TaskDrafts drafts;

    TaskList(OpenTasks openTasks, WorkItems workItems, TaskAccess access, TaskTypes types, TaskFormsByKey forms,
            ReadCache cache, Clock clock, TaskDrafts drafts) {
        this.openTasks = openTasks;
        this.workItems = workItems;
        this.access = access;
        this.types = types;
        this.forms = forms;
        this.cache = cache;
        this.clock = clock;
        this.drafts = drafts;
    }

    /**
     * The user's tasks and their groups' tasks: those with a due date first (overdue, then soonest), then the
     * rest by age, paged in turn (OpenTasks: plain SQL, no count for a page).
     */
    public List<WorkItem> visibleTo(PartnerflowUser user, TaskFilter filter) {
        return cache.read("tasks", List.of(user.accessKey(), filter), () -> readVisibleTo(user, filter));
    }

    private List<WorkItem> readVisibleTo(PartnerflowUser user, TaskFilter filter) {
        return workItems.ofRows(openTasks.page(criteria(user, filter), filter.page() * filter.size(), filter.size()));
    }

    /** How many tasks {@link #visibleTo} would list over all pages, for paging and the home page's count. */
    public long countVisibleTo(PartnerflowUser user, TaskFilter filter) {
        return cache.read("task-count", List.of(user.accessKey(), filter),
                () -> openTasks.count(criteria(user, filter)));
    }

    /** The kinds of task the user has now, by name, for a filter. */
    @Transactional(readOnly = true)
    public List<TaskType> typesVisibleTo(PartnerflowUser user) {
        return types.of(user.getUsername(), user.groups());
    }

    private OpenTasks.Criteria criteria(PartnerflowUser user, TaskFilter filter) {
        return new OpenTasks.Criteria(List.of(user.getUsername()), user.groups(), !user.isStaff(),
                filter.taskDefinitionKey(), filter.partnershipId(), PARTNERSHIP_ID,
                filter.overdueOnly() ? clock.instant() : null, exclusions(user));
    }

    /** The duties the user may not do (DutyRules' relations), left out of their list in the same statement. */
    private static List<OpenTasks.Exclusion> exclusions(PartnerflowUser user) {
        if (!user.isStaff()) {
            return List.of(); // a partner is offered no duty: their tasks are their partnership's own work
        }
        return java.util.Arrays.stream(DutyRule.values()).map(rule -> new OpenTasks.Exclusion(user.getUsername(),
                rule.taskKeys(), rule.variable(), rule.relation())).toList();
    }

    /**
     * The open tasks of a team that are past their due date: offered to its group (claimed or not) or assigned to
     * one of its members, oldest first; a fixed number of queries however many there are. Counting all of a team's
     * open tasks is TeamWorkload's job, in SQL.
     */
    @Transactional(readOnly = true)
    public List<WorkItem> overdueForTeam(String group, Collection<String> members, Instant now) {
        // Plain SQL (OpenTasks), as the task list reads: Camunda's query built its dynamic SQL on every call, half of
        // the manager dashboard's CPU time in a profile (issue 9).
        return workItems.ofRows(openTasks.all(new OpenTasks.Criteria(members, List.of(group), false, null, null,
                PARTNERSHIP_ID, now)));
    }

    /**
     * One task the user may see. A task the user may not see gets the same answer open or finished (404 for a
     * partner, 403 for staff), so its id tells nothing about its state; 409 when the user could work on it but it
     * was already completed; 404 when there is no such task.
     */
    @Transactional(readOnly = true)
    public WorkItem get(String taskId, PartnerflowUser user) {
        WorkItem task = access.get(taskId, user);
        access.checkDuties(task, user);
        return task;
    }

    /**
     * What the task's form shows (its module's TaskForm data): the same for the API and the task's page. A saved
     * draft is added as {@code draft} (the JSON object as saved) with {@code draftSavedAt} and {@code draftSavedBy}.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> formData(WorkItem task) {
        Map<String, Object> data = forms.of(task).data(task);
        Optional<TaskDraft> draft = drafts.of(task);
        if (draft.isEmpty()) {
            return data;
        }
        Map<String, Object> withDraft = new LinkedHashMap<>(data);
        withDraft.put(DRAFT, draft.get().body());
        withDraft.put(DRAFT + "SavedAt", draft.get().savedAt());
        withDraft.put(DRAFT + "SavedBy", draft.get().savedBy());
        return withDraft;
    }

    /** The body the task's page starts its form from (its module's TaskForm prefill), or null for an empty form. */
    public Object prefill(WorkItem task, Map<String, Object> data, PartnerflowUser user) {
        return forms.of(task).prefill(task, data, user);
    }

    /** What the task's page shows besides its form data, by the name its templates use (its TaskForm's context). */
    public Map<String, Object> pageContext(WorkItem task, Map<String, Object> data, PartnerflowUser user) {
        return forms.of(task).pageContext(task, data, user);
    }
}
