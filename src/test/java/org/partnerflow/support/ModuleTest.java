package org.partnerflow.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.Notifier;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Boots the test class's module alone (Spring Modulith's STANDALONE mode) with the shared kernel every module may
 * use: the module's own beans, repositories and entities on a fresh in-memory H2 that Flyway builds as usual, no
 * demo profile, no web server. Beans of other modules the module needs are mocked: the audit trail and the notifier
 * here, the rest with {@code @MockitoBean} in the test class.
 *
 * <p>No Camunda engine: building one (its MyBatis mappings, schema and the deployment of every model) is most of a
 * context's start, and what a module test calls does not run a process. The engine services the module's beans
 * are built with are mocks; the process tests, with the whole application, run the models.
 *
 * <p>The database name is drawn once per context (the data source reads the URL once), so each module test has its
 * own database even when several run in one JVM next to the cached full-application contexts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = "shared", webEnvironment = WebEnvironment.NONE)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:module-${random.uuid};DB_CLOSE_DELAY=-1",
        "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
@MockitoBean(types = {AuditTrail.class, Notifier.class, RuntimeService.class, TaskService.class,
        ManagementService.class})
public @interface ModuleTest {
}
