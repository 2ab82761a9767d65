package org.partnerflow.outcome.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.partnerflow.outcome.OutcomeReportView;
import org.partnerflow.outcome.OutcomeReports;
import org.partnerflow.outcome.ReportRequest;
import org.partnerflow.outcome.ReviewRequest;
import org.partnerflow.tasks.FollowUpRequest;
import org.partnerflow.tasks.FollowUps;
import org.partnerflow.tasks.TaskForm;
import org.partnerflow.tasks.TaskForms;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of outcomeReporting plugged into the task list; the report is found from the task's variables. */
@Configuration(proxyBeanMethods = false)
class OutcomeTaskForms {

    @Bean
    TaskForm<ReportRequest> reportOutcomesForm(OutcomeReports reports, TaskService taskService) {
        return TaskForms.of("reportOutcomes", ReportRequest.class, task -> {
            OutcomeReportView report = reports.view(reportId(taskService, task));
            Map<String, Object> data = data(report);
            // The form's starting values, shown by the API as they always were and the page's prefill too.
            data.put("prefill", new ReportRequest(report.periodEnd(), report.lines().stream()
                    .filter(OutcomeReportView.Line::toReport)
                    .map(l -> new ReportRequest.Value(l.indicator().id(), l.value() == null ? null : l.value().value(),
                            l.value() == null ? null : l.value().narrative(), l.value() == null ? null : l.value().evidence()))
                    .toList()));
            return data;
        }, (task, body, user) -> {
            reports.submit(reportId(taskService, task), body, user.getUsername());
            return Map.of();
        }).withPrefill((task, data, user) -> (ReportRequest) data.get("prefill"));
    }

    @Bean
    TaskForm<ReviewRequest> reviewOutcomesForm(OutcomeReports reports, TaskService taskService) {
        return TaskForms.of("reviewOutcomes", ReviewRequest.class, task -> {
            OutcomeReportView report = reports.view(reportId(taskService, task));
            Map<String, Object> data = data(report);
            data.put("prefill", new ReviewRequest(report.lines().stream().filter(OutcomeReportView.Line::toDecide)
                    .map(l -> new ReviewRequest.Decision(l.indicator().id(), null, null)).toList()));
            return data;
        }, (task, body, user) -> Map.of("anyReturned", reports.review(reportId(taskService, task), body, user.getUsername())))
                .withPrefill((task, data, user) -> (ReviewRequest) data.get("prefill"));
    }

    @Bean
    TaskForm<FollowUpRequest> followUpOverdueOutcomeReportForm(OutcomeReports reports, TaskService taskService,
            FollowUps followUps) {
        return TaskForms.of("followUpOverdueOutcomeReport", FollowUpRequest.class,
                task -> data(reports.view(reportId(taskService, task))),
                followUps.completion(task -> reports.followUpSubject(reportId(taskService, task))));
    }

    private static Map<String, Object> data(OutcomeReportView report) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("outcomeReport", report);
        data.put("linesToReport", report.lines().stream().filter(OutcomeReportView.Line::toReport).toList());
        data.put("linesToDecide", report.lines().stream().filter(OutcomeReportView.Line::toDecide).toList());
        return data;
    }

    /** The escalation's own report id when the task has one, else the period's report. */
    private static long reportId(TaskService taskService, WorkItem task) {
        Object followUp = taskService.getVariable(task.id(), OutcomeDelegates.FOLLOW_UP_REPORT_ID);
        Object id = followUp != null ? followUp : taskService.getVariable(task.id(), OutcomeDelegates.REPORT_ID);
        return ((Number) id).longValue();
    }
}
