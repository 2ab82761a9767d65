package org.partnerflow.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The outbox for Prometheus: partnerflow_mail_outbox{status=QUEUED|SENT|LOGGED|FAILED}, counted when scraped. */
@Component
class OutboxMetrics implements MeterBinder {

    private final MailOutbox outbox;

    OutboxMetrics(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MailOutbox.Status status : MailOutbox.Status.values()) {
            Gauge.builder("partnerflow.mail.outbox", () -> outbox.count(status))
                    .description("E-mail outbox messages by status").tag("status", status.name()).register(registry);
        }
    }
}
