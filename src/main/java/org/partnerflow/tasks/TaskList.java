package org.partnerflow.tasks;

import org.partnerflow.infrastructure.readcache.ReadCache;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.infrastructure.engine.CandidateGroups;
import org.partnerflow.infrastructure.engine.InstanceFacts;
import org.partnerflow.tasks.internal.OneCommandCompletion;
import org.partnerflow.infrastructure.engine.OpenTasks;
import org.partnerflow.tasks.internal.TaskBodies;
import org.partnerflow.tasks.internal.TaskTypes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's tasks: list, read, claim, unclaim and complete, checking on every call that the caller is the
 * task's assignee or in one of its candidate groups (which include the partnership's own group).
 */
@Service
public class TaskList {

    public static final String PARTNERSHIP_ID = "partnershipId";
    public static final String AWARD_ID = "awardId";

    private final TaskService taskService;
    private final InstanceFacts instanceFacts;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final CandidateGroups candidateGroups;
    private final TaskBodies bodies;
    private final TaskTypes types;
    private final Map<String, TaskForm<?>> forms;
    private final Clock clock;
    private final AuditTrail audit;
    private final OneCommandCompletion completion;
    private final ReadCache cache;
    private final OpenTasks openTasks;

    TaskList(TaskService taskService, InstanceFacts instanceFacts, HistoryService historyService,
            IdentityService identityService, CandidateGroups candidateGroups, TaskBodies bodies, TaskTypes types,
            List<TaskForm<?>> forms, Clock clock, AuditTrail audit, OneCommandCompletion completion, ReadCache cache,
            OpenTasks openTasks) {
        this.cache = cache;
        this.openTasks = openTasks;
        this.audit = audit;
        this.completion = completion;
        this.types = types;
        this.taskService = taskService;
        this.instanceFacts = instanceFacts;
        this.historyService = historyService;
        this.identityService = identityService;
        this.candidateGroups = candidateGroups;
        this.bodies = bodies;
        this.forms = forms.stream().collect(Collectors.toMap(TaskForm::taskDefinitionKey, Function.identity()));
        this.clock = clock;
    }

    /**
     * The user's tasks and their groups' tasks: those with a due date first (overdue, then soonest), then the
     * rest by age, paged in turn (OpenTasks: plain SQL, no count for a page).
     */
    public List<WorkItem> visibleTo(PartnerflowUser user, TaskFilter filter) {
        return cache.read("tasks", List.of(user.accessKey(), filter), () -> readVisibleTo(user, filter));
    }

    private List<WorkItem> readVisibleTo(PartnerflowUser user, TaskFilter filter) {
        return describeRows(openTasks.page(criteria(user, filter), filter.page() * filter.size(), filter.size()));
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
                filter.overdueOnly() ? clock.instant() : null);
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
        return describeRows(openTasks.all(new OpenTasks.Criteria(members, List.of(group), false, null, null,
                PARTNERSHIP_ID, now)));
    }

    /**
     * One task the user may see. A task the user may not see gets the same answer open or finished (404 for a
     * partner, 403 for staff), so its id tells nothing about its state; 409 when the user could work on it but it
     * was already completed; 404 when there is no such task.
     */
    @Transactional(readOnly = true)
    public WorkItem get(String taskId, PartnerflowUser user) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            HistoricTaskInstance finished = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                    .singleResult();
            if (finished == null) {
                throw new NotFoundException("Task", taskId);
            }
            if (!couldHaveWorkedOn(finished, user)) {
                throw refusal(taskId, user);
            }
            throw new ConflictException("Task " + taskId + " has already been completed.");
        }
        WorkItem item = describe(List.of(task)).get(0);
        if (!mayWorkOn(item, user)) {
            HistoricTaskInstance meanwhile = taskService.createTaskQuery().taskId(taskId).count() == 0
                    ? historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult() : null;
            if (meanwhile != null && couldHaveWorkedOn(meanwhile, user)) {
                // Completed by someone else between the reads above, which took its candidate groups with it.
                throw new ConflictException("Task " + taskId + " has already been completed.");
            }
            throw refusal(taskId, user);
        }
        return item;
    }

    private static RuntimeException refusal(String taskId, PartnerflowUser user) {
        if (user.isStaff()) {
            return new AccessDeniedException("not a candidate for this task");
        }
        return new NotFoundException("Task", taskId); // a partner learns nothing of other partnerships' tasks
    }

    /** Whether the user was the finished task's assignee or in one of the groups it was offered to. */
    private boolean couldHaveWorkedOn(HistoricTaskInstance task, PartnerflowUser user) {
        if (user.getUsername().equals(task.getAssignee())) {
            return true;
        }
        Set<String> groups = new HashSet<>(user.groups());
        return historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .type(IdentityLinkType.CANDIDATE).list().stream()
                .map(HistoricIdentityLinkLog::getGroupId)
                .anyMatch(group -> group != null && groups.contains(group));
    }

    @Transactional(readOnly = true)
    public Map<String, Object> formData(WorkItem task) {
        return form(task).data(task);
    }

    @Transactional
    public void claim(String taskId, PartnerflowUser user) {
        WorkItem task = get(taskId, user);
        if (task.assignee() != null && !task.assignee().equals(user.getUsername())) {
            throw new ConflictException("Task " + taskId + " is claimed by " + task.assignee() + ".");
        }
        if (task.assignee() == null) {
            asUser(user, () -> taskService.claim(taskId, user.getUsername()));
            audit.record(entry(task, "TASK_CLAIMED", "Claimed " + task.name(), user));
        }
    }

    @Transactional
    public void unclaim(String taskId, PartnerflowUser user) {
        WorkItem task = get(taskId, user);
        if (task.assignee() != null && !task.assignee().equals(user.getUsername())) {
            throw new ConflictException("Task " + taskId + " is claimed by " + task.assignee() + ".");
        }
        if (task.assignee() != null) {
            asUser(user, () -> taskService.setAssignee(taskId, null));
            audit.record(entry(task, "TASK_UNCLAIMED", "Gave back " + task.name(), user));
        }
    }

    /** Runs engine calls with the user as Camunda's authenticated user, so its operation log names them. */
    private void asUser(PartnerflowUser user, Runnable call) {
        identityService.setAuthentication(user.getUsername(), user.groups());
        try {
            call.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static AuditEntry entry(WorkItem task, String action, String summary, PartnerflowUser user) {
        AuditEntry entry = AuditEntry.of(AuditSubject.TASK, task.id(), action, summary).by(user.getUsername())
                .award(task.awardId(), task.partnershipId());
        return entry.change("task", null, task.taskDefinitionKey());
    }

    /**
     * Locks the open task, checks the caller may work on it, validates the body, lets the task's module apply it, and
     * completes the task, all in one transaction; parallel completions of one task wait on the lock, and the losers
     * then find the task completed (409).
     */
    @Transactional
    public void complete(String taskId, JsonNode body, PartnerflowUser user) {
        WorkItem task = completion.lockAndRead(taskId).orElse(null);
        if (task == null) {
            get(taskId, user); // not open: 404, 403 or 409 as for reading it
            throw new ConflictException("Task " + taskId + " has already been completed.");
        }
        if (!mayWorkOn(task, user)) {
            throw refusal(taskId, user);
        }
        if (task.assignee() != null && !task.assignee().equals(user.getUsername())) {
            throw new ConflictException("Task " + taskId + " is claimed by " + task.assignee() + ".");
        }
        completeWith(form(task), task, body, user);
    }

    private <B> void completeWith(TaskForm<B> form, WorkItem task, JsonNode body, PartnerflowUser user) {
        B typed = bodies.read(body, form.bodyType());
        identityService.setAuthentication(user.getUsername(), user.groups());
        try {
            Map<String, Object> variables = form.complete(task, typed, user);
            completion.complete(task.id(), user.getUsername(), task.assignee() == null, variables);
            audit.record(entry(task, "TASK_COMPLETED", "Completed " + task.name(), user));
        } catch (OptimisticLockingException e) {
            throw new ConflictException("Task " + task.id() + " was completed or changed by someone else at the same time.");
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException("Task " + task.id() + " was claimed by someone else at the same time.");
        } catch (NullValueException e) {
            // The engine no longer finds the task: a parallel completion committed after this one read it.
            if (taskService.createTaskQuery().taskId(task.id()).count() == 0) {
                throw new ConflictException("Task " + task.id() + " has already been completed.");
            }
            throw e;
        } catch (DomainRuleViolation e) {
            // A rule may fail only because a parallel completion of this task has just changed the state it checks.
            if (taskService.createTaskQuery().taskId(task.id()).count() == 0) {
                throw new ConflictException("Task " + task.id() + " has already been completed.");
            }
            throw e;
        } finally {
            identityService.clearAuthentication();
        }
    }

    @SuppressWarnings("unchecked")
    private <B> TaskForm<B> form(WorkItem task) {
        TaskForm<?> form = forms.get(task.taskDefinitionKey());
        if (form == null) {
            throw new IllegalStateException("no form for task " + task.taskDefinitionKey());
        }
        return (TaskForm<B>) form;
    }

    private static boolean mayWorkOn(WorkItem task, PartnerflowUser user) {
        if (user.getUsername().equals(task.assignee())) {
            return true;
        }
        Set<String> groups = new HashSet<>(user.groups());
        return task.candidateGroups().stream().anyMatch(groups::contains);
    }

    private List<WorkItem> describe(List<Task> tasks) {
        return describeRows(tasks.stream().map(t -> new OpenTasks.Row(t.getId(), t.getName(), t.getTaskDefinitionKey(),
                t.getProcessDefinitionId(), t.getProcessInstanceId(), t.getAssignee(), t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant())).toList());
    }

    /** Adds partnership, award, business key and candidate groups with two statements, however many tasks. */
    private List<WorkItem> describeRows(List<OpenTasks.Row> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, InstanceFacts.Facts> instances = instanceFacts.of(
                tasks.stream().map(OpenTasks.Row::processInstanceId).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()), PARTNERSHIP_ID,
                AWARD_ID); // a task of no process (a standalone task) has no facts
        Map<String, List<String>> groups = candidateGroups.of(tasks.stream().map(OpenTasks.Row::id).toList());
        InstanceFacts.Facts none = new InstanceFacts.Facts(null, null, null);
        return tasks.stream().map(t -> {
            InstanceFacts.Facts instance = instances.getOrDefault(t.processInstanceId(), none);
            return new WorkItem(t.id(), t.name(), t.taskDefinitionKey(),
                    WorkItem.processDefinitionKeyOf(t.processDefinitionId()), t.processInstanceId(),
                    instance.businessKey(), instance.partnershipId(), instance.awardId(), t.assignee(),
                    groups.getOrDefault(t.id(), List.of()), t.created(), t.due());
        }).toList();
    }
}
