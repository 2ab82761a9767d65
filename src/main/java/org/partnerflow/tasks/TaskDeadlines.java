package org.partnerflow.tasks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The due dates of staff tasks, for the models' camunda:dueDate expressions (for example
 * taskDeadlines.assessment()): the end of the UK day that many days after the task is created, on the engine's
 * clock, so the task list shows that day and the task is late from the midnight after it.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final TaskDeadlineProperties days;

    TaskDeadlines(TaskDeadlineProperties days) {
        this.days = days;
    }

    public Date assessment() {
        return after(days.assessmentDays());
    }

    public Date decision() {
        return after(days.decisionDays());
    }

    public Date evidenceReview() {
        return after(days.evidenceReviewDays());
    }

    public Date releaseProposal() {
        return after(days.releaseProposalDays());
    }

    public Date releaseApproval() {
        return after(days.releaseApprovalDays());
    }

    /** Midnight UK at the start of the day after today plus the days: the deadline reads as today plus the days. */
    private static Date after(int days) {
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(UK).toLocalDate();
        return Date.from(today.plusDays(days + 1L).atStartOfDay(UK).toInstant());
    }
}
