package org.partnerflow.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the sender on every node every partnerflow.mail.poll-interval (5 seconds), unless polling is off. */
@Component
@ConditionalOnProperty(prefix = "partnerflow.mail", name = "polling", havingValue = "true", matchIfMissing = true)
class OutboxPoller {

    private final OutboxSender sender;

    OutboxPoller(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${partnerflow.mail.poll-interval:PT5S}", initialDelayString = "PT10S")
    void poll() {
        sender.sendDue();
    }
}
