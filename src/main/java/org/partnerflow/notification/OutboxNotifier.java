package org.partnerflow.notification;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.partnerflow.security.Users;
import org.partnerflow.shared.Notification;
import org.partnerflow.shared.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a notification in the outbox in the caller's transaction: one row per recipient, rendered now, so the
 * message is committed with the change that causes it and rolled back with it. Sending is the
 * {@link OutboxSender}'s, later and with retries, so a mail server that is down never undoes a decision.
 * A repeat of a key already queued for a recipient is dropped.
 */
@Component
class OutboxNotifier implements Notifier {

    private static final Logger log = LoggerFactory.getLogger("org.partnerflow.notifications");
    private static final String MAILTO = "mailto:";

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final Users users;
    private final Clock clock;

    OutboxNotifier(MailOutbox outbox, MailTemplates templates, Users users, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Notification notification) {
        List<String> recipients = recipients(notification.audience());
        if (recipients.isEmpty()) {
            log.warn("Notification to {} has no recipient with an e-mail address: {} [{}]", notification.audience(),
                    notification.subject(), notification.key());
            return;
        }
        MailTemplates.Rendered body = render(notification);
        int queued = 0;
        for (String recipient : recipients) {
            String key = notification.key() == null ? null : notification.key() + "|" + recipient;
            if (outbox.hasKey(key)) {
                continue;
            }
            outbox.queue(recipient, oneLine(notification.subject()), body.text(), body.html(), notification.template(),
                    key, clock.instant());
            queued++;
        }
        log.info("Notification to {}: {} [{}] queued for {} of {} recipients", notification.audience(),
                notification.subject(), notification.key(), queued, recipients.size());
    }

    private List<String> recipients(String audience) {
        if (audience != null && audience.startsWith(MAILTO)) {
            String address = audience.substring(MAILTO.length()).strip();
            return address.isEmpty() ? List.of() : List.of(address);
        }
        return users.emailsOf(audience);
    }

    /**
     * The rendered template. A template that cannot be rendered is a defect, but it must not roll back the change
     * that caused the message: the message goes out with its subject and model as plain text, and an error is logged.
     */
    private MailTemplates.Rendered render(Notification notification) {
        if (notification.template() == null) {
            return new MailTemplates.Rendered(notification.text(), null);
        }
        try {
            return templates.render(notification.template(), notification.model());
        } catch (RuntimeException e) {
            log.error("Mail template {} could not be rendered; sending plain text for [{}]", notification.template(),
                    notification.key(), e);
            String text = notification.text() != null ? notification.text()
                    : notification.subject() + "\n\n" + notification.model().entrySet().stream()
                            .map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining("\n"));
            return new MailTemplates.Rendered(text, null);
        }
    }

    /** A subject is one line: line breaks would let a value add mail headers. */
    private static String oneLine(String subject) {
        String line = subject.replaceAll("[\\r\\n]+", " ").strip();
        return line.length() <= 500 ? line : line.substring(0, 500);
    }
}
