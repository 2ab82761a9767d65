package org.partnerflow.tasks.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.partnerflow.tasks.FollowUp;
import org.partnerflow.tasks.FollowUpEnds;
import org.partnerflow.tasks.FollowUpSubject;
import org.partnerflow.tasks.TaskList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one follow-up mechanism of the three workflows with overdue follow-ups (milestoneDelivery, learningReview,
 * outcomeReporting). In each model the follow-up task has a due date ({@code followUpDeadline}), an interrupting
 * message boundary event ({@value #ANSWERED}) that the awaited work's intermediate throw event sends when it
 * arrives ({@code followUpAnsweredDelegate}), leading to {@code endFollowUpDelegate}, and a non-interrupting timer on
 * its due date leading once to {@code escalateFollowUpDelegate}. The service tasks name the follow-up by input
 * parameters: {@code followUpKind} (a FollowUp.Kind), {@code followUpSubjectId}, {@code followUpTask} (its key).
 */
@Configuration(proxyBeanMethods = false)
class FollowUpDelegates {

    /** The message that ends an open follow-up of the process instance. */
    static final String ANSWERED = "followUpAnswered";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** Ends the instance's open follow-up, if any: what it waited for has arrived. */
    @Bean
    JavaDelegate followUpAnsweredDelegate() {
        return execution -> execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(ANSWERED)
                .processInstanceId(execution.getProcessInstanceId()).correlateAllWithResult();
    }

    @Bean
    JavaDelegate endFollowUpDelegate(FollowUpEnds ends) {
        return execution -> ends.ended(subject(execution), dueOn(execution));
    }

    @Bean
    JavaDelegate escalateFollowUpDelegate(FollowUpEnds ends) {
        return execution -> ends.escalated(subject(execution), dueOn(execution));
    }

    private static FollowUpSubject subject(DelegateExecution execution) {
        return new FollowUpSubject(FollowUp.Kind.valueOf((String) execution.getVariable("followUpKind")),
                number(execution, "followUpSubjectId"), number(execution, TaskList.AWARD_ID),
                number(execution, TaskList.PARTNERSHIP_ID), null);
    }

    /** The day the follow-up task was due by (its deadline is midnight UK at the start of the next day). */
    private static LocalDate dueOn(DelegateExecution execution) {
        HistoricTaskInstance task = execution.getProcessEngineServices().getHistoryService()
                .createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey((String) execution.getVariable("followUpTask"))
                .orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        Date due = task == null ? null : task.getDueDate();
        return due == null ? null : due.toInstant().atZone(UK).toLocalDate().minusDays(1);
    }

    private static long number(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }
}
