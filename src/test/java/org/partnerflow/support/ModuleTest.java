package org.partnerflow.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.Notifier;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Boots the test class's module alone (Spring Modulith's STANDALONE mode) with the shared kernel, which every module
 * may use: the module's own beans, repositories and entities on a fresh in-memory H2 that Flyway builds as usual,
 * and the Camunda engine without its job executor. Beans of other modules the module needs are mocked: the audit
 * trail and the notifier here, the rest with {@code @MockitoBean} in the test class.
 *
 * <p>The database name is drawn once per context (the data source reads the URL once), so each module test has its
 * own database even when several run in one JVM next to the cached full-application contexts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = "shared")
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:module-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@MockitoBean(types = {AuditTrail.class, Notifier.class})
public @interface ModuleTest {
}
