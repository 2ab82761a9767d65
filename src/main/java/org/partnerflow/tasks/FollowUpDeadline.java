package org.partnerflow.tasks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The due date of an overdue follow-up task, {@code partnerflow.follow-up.due-within} (14 days) after the day it
 * opened, at midnight UK. The models read it twice, for the task's due date and for its escalation timer, and the
 * timer again when a re-plan recalculates it: worked out from the task's own creation, so every reading agrees.
 */
@Component("followUpDeadline")
public class FollowUpDeadline {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Duration within;

    FollowUpDeadline(@Value("${partnerflow.follow-up.due-within:P14D}") Duration within) {
        this.within = within;
    }

    /** The deadline of the follow-up task running (or about to run) in this execution. */
    public Date dueAt(DelegateExecution execution) {
        Instant opened = ClockUtil.getCurrentTime().toInstant();
        Task task = execution == null ? null : execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .executionId(execution.getId()).singleResult();
        if (task != null) {
            opened = task.getCreateTime().toInstant();
        }
        return Date.from(opened.atZone(UK).toLocalDate().plusDays(within.toDays() + 1).atStartOfDay(UK).toInstant());
    }
}
