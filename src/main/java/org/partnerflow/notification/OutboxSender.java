package org.partnerflow.notification;

import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due messages. Each message is claimed by one conditional update (so on several nodes each
 * message goes to one of them), sent outside any transaction, then marked SENT; a failure is recorded and the
 * message retried after a growing delay, and after the last attempt it is FAILED. While e-mail is off
 * (partnerflow.mail.enabled false, the default) each message is logged, recipient and subject only, and
 * marked LOGGED. Delivery is at least once: a node that dies between sending and marking sends again once its
 * claim runs out.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger("org.partnerflow.notifications");

    private final MailOutbox outbox;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String node = nodeName();

    OutboxSender(MailOutbox outbox, MailSettings settings, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many messages this node took. */
    public int sendDue() {
        return sendDue(clock.instant());
    }

    /** Sends what is due at the given moment (tests move time on without a clock of their own). */
    public int sendDue(Instant now) {
        int taken = 0;
        for (long id : outbox.due(now, settings.batchSize())) {
            if (outbox.claim(id, node, now, now.plus(settings.claimFor()))) {
                taken++;
                outbox.get(id).ifPresent(message -> deliver(message, now));
            }
        }
        return taken;
    }

    private void deliver(MailOutbox.Message message, Instant now) {
        if (!settings.enabled()) {
            log.info("E-mail is off (partnerflow.mail.enabled=false); not sent to {}: {}", message.recipient(),
                    message.subject());
            outbox.done(message.id(), node, MailOutbox.Status.LOGGED, now);
            return;
        }
        try {
            JavaMailSender sender = mailSender.getIfAvailable();
            if (sender == null) {
                throw new IllegalStateException("partnerflow.mail.enabled is true but spring.mail.host is not set");
            }
            sender.send(mime(sender, message));
            outbox.done(message.id(), node, MailOutbox.Status.SENT, now);
            log.debug("Mail {} sent to {}", message.id(), message.recipient());
        } catch (Exception e) {
            int attempts = message.attempts() + 1;
            Instant retryAt = attempts >= settings.maxAttempts() ? null : now.plus(settings.retryDelay(attempts));
            outbox.failed(message.id(), node, e.getClass().getSimpleName() + ": " + e.getMessage(), retryAt);
            if (retryAt == null) {
                log.error("Mail {} to {} FAILED after {} attempts: {}", message.id(), message.recipient(), attempts,
                        e.toString());
            } else {
                log.warn("Mail {} to {} not sent (attempt {}), retrying at {}: {}", message.id(), message.recipient(),
                        attempts, retryAt, e.toString());
            }
        }
    }

    private MimeMessage mime(JavaMailSender sender, MailOutbox.Message message) throws Exception {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, message.bodyHtml() != null, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        if (message.bodyHtml() != null) {
            helper.setText(message.bodyText(), message.bodyHtml());
        } else {
            helper.setText(message.bodyText());
        }
        // The same id on every attempt, so a receiving system can drop a second copy of an at-least-once send.
        mime.setHeader("X-Partnerflow-Outbox-Id", String.valueOf(message.id()));
        return mime;
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
