package org.partnerflow.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.tasks.internal.OneCommandCompletion;
import org.partnerflow.tasks.internal.TaskBodies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completing a task with its typed body: the access checks, the owning module's effect and the engine's step. */
@Service
public class TaskCompletion {

    private final TaskAccess access;
    private final OneCommandCompletion completion;
    private final TaskFormsByKey forms;
    private final TaskBodies bodies;
    private final IdentityService identityService;
    private final AuditTrail audit;

    TaskCompletion(TaskAccess access, OneCommandCompletion completion, TaskFormsByKey forms, TaskBodies bodies,
            IdentityService identityService, AuditTrail audit) {
        this.access = access;
        this.completion = completion;
        this.forms = forms;
        this.bodies = bodies;
        this.identityService = identityService;
        this.audit = audit;
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
            access.get(taskId, user); // not open: 404, 403 or 409 as for reading it
            throw TaskAccess.completed(taskId);
        }
        access.checkMayWorkOn(task, user);
        access.checkDuties(task, user);
        TaskAccess.checkNotClaimedByAnother(task, user);
        completeWith(forms.of(task), task, body, user);
    }

    /**
     * Reads and validates a body as completing the task would (its JSON shape and Bean Validation rules), without
     * completing it: for a page that has already found errors of its own and shows them all at once.
     */
    public void check(WorkItem task, JsonNode body) {
        bodies.read(body, forms.of(task).bodyType());
    }

    private <B> void completeWith(TaskForm<B> form, WorkItem task, JsonNode body, PartnerflowUser user) {
        B typed = bodies.read(body, form.bodyType());
        identityService.setAuthentication(user.getUsername(), user.groups());
        try {
            Map<String, Object> variables = form.complete(task, typed, user);
            completion.complete(task.id(), user.getUsername(), task.assignee() == null, variables);
            audit.record(TaskAuditEntries.of(task, "TASK_COMPLETED", "Completed " + task.name(), user));
        } catch (OptimisticLockingException e) {
            throw new ConflictException("Task " + task.id() + " was completed or changed by someone else at the same time.");
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException("Task " + task.id() + " was claimed by someone else at the same time.");
        } catch (NullValueException e) {
            // The engine no longer finds the task: a parallel completion committed after this one read it.
            if (access.isGone(task.id())) {
                throw TaskAccess.completed(task.id());
            }
            throw e;
        } catch (DomainRuleViolation e) {
            // A rule may fail only because a parallel completion of this task has just changed the state it checks.
            if (access.isGone(task.id())) {
                throw TaskAccess.completed(task.id());
            }
            throw e;
        } finally {
            identityService.clearAuthentication();
        }
    }
}
