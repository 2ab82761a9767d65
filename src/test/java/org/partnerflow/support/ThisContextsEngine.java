package org.partnerflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Camunda's static engine registry at the engine of the test's own Spring context. Several contexts (H2
 * demo, PostgreSQL demo, process tests) live in one test JVM, each with an engine named default, and the last one
 * started wins the registry that Camunda's REST API and webapps look engines up in. Without this, a test calling
 * /engine-rest or /camunda after another context started would reach that other context's engine and database.
 * Production has one engine, so only tests need it. Registered for every Spring test in META-INF/spring.factories.
 */
public class ThisContextsEngine implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
