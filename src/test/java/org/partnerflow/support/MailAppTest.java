package org.partnerflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The demo app with e-mail on, sending to the test SMTP server ({@link TestSmtp}) on a port chosen once per JVM.
 * The outbox is not polled: tests call the sender themselves, so nothing is sent behind their back. Every test class
 * with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:partnerflow-mail;DB_CLOSE_DELAY=-1",
        "partnerflow.mail.enabled=true",
        "partnerflow.mail.polling=false",
        "partnerflow.mail.from=partnerflow@partnerflow.test",
        "partnerflow.mail.batch-size=500",
        "spring.mail.host=127.0.0.1"})
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestSmtp.Port.class)
public @interface MailAppTest {
}
