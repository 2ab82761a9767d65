package org.partnerflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.shared.Notification;
import org.partnerflow.shared.Notifier;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the default settings (no partnerflow.mail.enabled, no spring.mail.host) a message is queued as always but
 * only logged, recipient and subject without the body, and marked LOGGED: there is no mail sender to send it with.
 */
@DemoAppTest
@ExtendWith(OutputCaptureExtension.class)
class MailIsOffByDefaultTest {

    @Autowired Notifier notifier;
    @Autowired OutboxSender sender;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationContext context;

    @Test
    void aQueuedMessageIsLoggedNotSent(CapturedOutput output) {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
        String to = "off-" + UUID.randomUUID() + "@example.org";
        tx.executeWithoutResult(s -> notifier.send(new Notification(Notification.mailto(to), "Nothing leaves",
                "A body with personal details", "test-" + UUID.randomUUID())));

        sender.sendDue(); // the node's own poller may take it first; either way it ends LOGGED
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "LOGGED".equals(
                jdbc.queryForObject("select status from mail_outbox where recipient = ?", String.class, to)));
        assertThat(output).contains("not sent to " + to + ": Nothing leaves").doesNotContain("A body with personal details");
        assertThat(jdbc.queryForObject("select attempts from mail_outbox where recipient = ?", Integer.class, to))
                .isEqualTo(1);
    }
}
