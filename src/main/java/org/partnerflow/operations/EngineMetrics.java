package org.partnerflow.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The workflow engine as an operator watches it: running process instances by process, open incidents, jobs
 * waiting, jobs out of retries, and open user tasks. Each is a count query when scraped, not a cache that could
 * drift from the database.
 */
@Component
class EngineMetrics implements MeterBinder {

    static final String[] PROCESSES = {"grantAward", "milestoneDelivery", "learningReview", "caseStudyUpdate"};

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    EngineMetrics(RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String process : PROCESSES) {
            Gauge.builder("partnerflow.engine.process.instances",
                            () -> runtime.createProcessInstanceQuery().processDefinitionKey(process).active().count())
                    .description("Active (not suspended) process instances").tag("process", process)
                    .register(registry);
        }
        Gauge.builder("partnerflow.engine.incidents", () -> runtime.createIncidentQuery().count())
                .description("Open incidents: jobs that failed after their last retry").register(registry);
        Gauge.builder("partnerflow.engine.jobs", () -> management.createJobQuery().executable().count())
                .description("Jobs due to run now (timers, async continuations)").register(registry);
        Gauge.builder("partnerflow.engine.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
                .description("Jobs with no retries left").register(registry);
        Gauge.builder("partnerflow.engine.tasks.open", () -> tasks.createTaskQuery().active().count())
                .description("Open user tasks").register(registry);
    }
}
