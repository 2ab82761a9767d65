package org.partnerflow.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings under partnerflow.mail; the SMTP server itself is Spring Boot's spring.mail.* (host, port,
 * username, password, properties).
 *
 * @param enabled send through SMTP; off, each message is logged (recipient and subject) and marked LOGGED
 * @param from the sender address of every message
 * @param pollInterval how often each node looks for due messages
 * @param polling whether this node sends at all (tests drive the sender themselves)
 * @param retryDelays the waits after the first, second, ... failed attempt; the last is repeated
 * @param maxAttempts attempts before a message is FAILED
 * @param claimFor how long a node holds a message it is sending before another node may take it over
 * @param batchSize messages taken per poll
 * @param keepSent how long sent and logged messages stay in the outbox (FAILED ones stay until requeued or deleted)
 */
@ConfigurationProperties("partnerflow.mail")
record MailSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("partnerflow@localhost") String from,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("true") boolean polling,
        @DefaultValue({"PT1M", "PT5M", "PT30M", "PT2H"}) List<Duration> retryDelays,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT2M") Duration claimFor,
        @DefaultValue("50") int batchSize,
        @DefaultValue("P90D") Duration keepSent) {

    /** The wait after a message's n-th failed attempt (n from 1). */
    Duration retryDelay(int failedAttempts) {
        return retryDelays.get(Math.min(failedAttempts, retryDelays.size()) - 1);
    }
}
