package org.partnerflow.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The application's clock in the demo: the system's in UK time, which the demo loader sets back while it replays
 * steps that happened before the demo's awards started (the panel's decisions), so that their dates come in the
 * order real awards' would: decided, then started. Outside a replay it is the system clock.
 */
final class DemoClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    DemoClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(zone, offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    /** Runs the steps as if it were the given moment, then goes back to the present. */
    <T> T replaying(Instant at, Supplier<T> steps) {
        offset.set(Duration.between(Instant.now(), at));
        try {
            return steps.get();
        } finally {
            offset.set(Duration.ZERO);
        }
    }

    /** The demo's clock in place of the system clock (profile demo only). */
    @Configuration(proxyBeanMethods = false)
    @Profile("demo")
    static class DemoClockConfiguration {

        @Bean
        @Primary
        DemoClock demoClock() {
            return new DemoClock(ZoneId.of("Europe/London"), new AtomicReference<>(Duration.ZERO));
        }
    }
}
