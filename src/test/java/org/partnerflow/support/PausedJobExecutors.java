package org.partnerflow.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * For tests that move Camunda's clock: every engine's job executor in the test JVM is paused while the test runs,
 * and the clock is reset before they resume.
 *
 * <p>The engine clock ({@link ClockUtil}) is one for the whole JVM. Spring contexts cached by earlier test classes
 * (the demo apps, with their own engines and databases) keep their job executors polling; moved months on, they
 * would fire those demos' timers (offers expire, milestones turn overdue) and later tests would find the demo data
 * changed. A test class that moves the clock declares {@code @ExtendWith(PausedJobExecutors.class)}; it runs its own
 * due jobs itself, as the process tests do.
 *
 * <p>Engines are known from the test contexts they live in: as a test execution listener (registered for every
 * Spring test in META-INF/spring.factories) this class remembers the engine of every context a test has used.
 */
public class PausedJobExecutors implements BeforeEachCallback, AfterEachCallback, TestExecutionListener, Ordered {

    /** Weakly held: a context closed and dropped from the cache takes its engine with it. */
    private static final Set<ProcessEngine> ENGINES = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static final ExtensionContext.Namespace PAUSED = ExtensionContext.Namespace.create(PausedJobExecutors.class);

    @Override
    public void prepareTestInstance(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).ifAvailable(ENGINES::add);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(PAUSED).put(JobExecutor.class, pauseAll());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
        resume(context.getStore(PAUSED).remove(JobExecutor.class, List.class));
    }

    /** Stops every running job executor (waiting for its acquisition thread to end) and says which were running. */
    static List<JobExecutor> pauseAll() {
        List<JobExecutor> paused = new ArrayList<>();
        for (JobExecutor executor : running()) {
            executor.shutdown();
            paused.add(executor);
        }
        return paused;
    }

    /** Starts the job executors that {@link #pauseAll()} stopped. */
    static void resume(List<JobExecutor> paused) {
        if (paused != null) {
            paused.forEach(JobExecutor::start);
        }
    }

    /** The job executors running now, one per engine of a live test context. */
    static List<JobExecutor> running() {
        synchronized (ENGINES) {
            return ENGINES.stream()
                    .map(e -> ((ProcessEngineConfigurationImpl) e.getProcessEngineConfiguration()).getJobExecutor())
                    .filter(x -> x != null && x.isActive()).distinct().toList();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
