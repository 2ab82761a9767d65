package org.partnerflow.notification;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sender on every node every partnerflow.mail.poll-interval (5 seconds), unless polling is off, and once
 * an hour deletes what was sent or logged longer ago than partnerflow.mail.keep-sent (90 days).
 */
@Component
@ConditionalOnProperty(prefix = "partnerflow.mail", name = "polling", havingValue = "true", matchIfMissing = true)
class OutboxPoller {

    private final OutboxSender sender;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    OutboxPoller(OutboxSender sender, MailOutbox outbox, MailSettings settings, Clock clock) {
        this.sender = sender;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${partnerflow.mail.poll-interval:PT5S}", initialDelayString = "PT10S")
    void poll() {
        sender.sendDue();
    }

    /** Idempotent, so every node may run it. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purge() {
        outbox.purgeDoneBefore(clock.instant().minus(settings.keepSent()));
    }
}
