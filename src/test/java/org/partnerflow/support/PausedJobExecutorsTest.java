package org.partnerflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo app's job executor, which polls for due timers, is stopped while a clock-moving test runs and resumes after. */
@DemoAppTest
class PausedJobExecutorsTest {

    @Autowired ProcessEngine engine;

    @Test
    void theDemosJobExecutorIsPausedAndThenResumed() {
        JobExecutor demo = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        assertThat(demo.isActive()).as("the demo app runs its timers").isTrue();
        assertThat(PausedJobExecutors.running()).contains(demo);

        List<JobExecutor> paused = PausedJobExecutors.pauseAll();
        try {
            assertThat(paused).contains(demo);
            assertThat(demo.isActive()).isFalse();
            assertThat(PausedJobExecutors.running()).isEmpty();
        } finally {
            PausedJobExecutors.resume(paused);
        }
        assertThat(demo.isActive()).isTrue();
    }
}
