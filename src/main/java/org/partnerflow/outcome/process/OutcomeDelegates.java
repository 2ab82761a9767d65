package org.partnerflow.outcome.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.outcome.OutcomeReports;
import org.partnerflow.outcome.OutcomeSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of outcomeReporting: thin delegates over OutcomeSettings and OutcomeReports. */
@Configuration(proxyBeanMethods = false)
class OutcomeDelegates {

    static final String REPORT_ID = "outcomeReportId";
    static final String FOLLOW_UP_REPORT_ID = "followUpReportId";
    static final ZoneId UK = ZoneId.of("Europe/London");

    static long awardId(DelegateExecution execution) {
        return ((Number) execution.getVariable("awardId")).longValue();
    }

    static Date midnightAfter(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(UK).toInstant());
    }

    /** The next period: its end (the timer fires at 00:00 the day after, UK time) and its report's deadline. */
    @Bean
    JavaDelegate scheduleOutcomePeriodDelegate(OutcomeSettings settings) {
        return execution -> {
            String previous = (String) execution.getVariable("periodEnd");
            OutcomeSettings.Period period = settings.next(awardId(execution), previous == null ? null : LocalDate.parse(previous));
            execution.setVariable("morePeriods", period != null);
            if (period != null) {
                execution.setVariable("periodEnd", period.periodEnd().toString());
                execution.setVariable("reportDueOn", period.dueOn().toString());
                execution.setVariable("periodEndsAt", midnightAfter(period.periodEnd()));
                execution.setVariable("reportDueAt", midnightAfter(period.dueOn()));
            }
        };
    }

    @Bean
    JavaDelegate openOutcomeReportDelegate(OutcomeReports reports) {
        return execution -> {
            Long id = reports.open(awardId(execution), ((Number) execution.getVariable("partnershipId")).longValue(),
                    LocalDate.parse((String) execution.getVariable("periodEnd")),
                    LocalDate.parse((String) execution.getVariable("reportDueOn")));
            execution.setVariable(REPORT_ID, id);
            execution.setVariable("outcomesToReport", id != null);
        };
    }

    /** Kept on the escalation's own path, so the follow-up stays with its report when the next period starts. */
    @Bean
    JavaDelegate markOutcomeReportOverdueDelegate(OutcomeReports reports) {
        return execution -> {
            long id = ((Number) execution.getVariable(REPORT_ID)).longValue();
            execution.setVariableLocal(FOLLOW_UP_REPORT_ID, id);
            execution.setVariableLocal("outcomeReportMissing", reports.markOverdueIfMissing(id));
        };
    }
}
