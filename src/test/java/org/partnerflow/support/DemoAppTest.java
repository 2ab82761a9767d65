package org.partnerflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a random port with the demo data, on an in-memory H2, with metrics exported as in production, offering
 * pages in en-GB and (for the language tests) a little Welsh. Every
 * test class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:partnerflow-demo;DB_CLOSE_DELAY=-1",
                // Welsh besides English, from the partial test bundle src/test/resources/i18n/common_cy.properties
                "partnerflow.i18n.locales=en-GB,cy"})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false) // the Prometheus registry as in production (tests otherwise get a simple one)
public @interface DemoAppTest {
}
