package org.partnerflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The read cache answers again only for the same question, with nothing written since, within its time to live. */
class ReadCacheTest {

    private final DataVersion version = new DataVersion();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:15:30Z"));
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    private long nanos;

    private ReadCache cache(Duration ttl) {
        return new ReadCache(version, clock, mock(PlatformTransactionManager.class), ttl, () -> nanos);
    }

    private String read(ReadCache cache, Object... arguments) {
        return cache.get("dashboard", Arrays.asList(arguments), () -> "answer " + reads.incrementAndGet());
    }

    @Test
    void theSameQuestionIsAnsweredOnceUntilSomethingIsWritten() {
        ReadCache cache = cache(Duration.ofHours(1));
        assertThat(read(cache, "manager", 7L)).isEqualTo("answer 1");
        assertThat(read(cache, "manager", 7L)).isEqualTo("answer 1");
        version.advance();
        assertThat(read(cache, "manager", 7L)).as("a committed write forgets every answer").isEqualTo("answer 2");
        assertThat(read(cache, "manager", 7L)).isEqualTo("answer 2");
    }

    @Test
    void anotherUserOrOtherArgumentsAreAnotherQuestion() {
        ReadCache cache = cache(Duration.ofHours(1));
        assertThat(read(cache, "manager", 7L)).isEqualTo("answer 1");
        assertThat(read(cache, "funder", 7L)).isEqualTo("answer 2");
        assertThat(read(cache, "manager", null)).as("null arguments are allowed").isEqualTo("answer 3");
        assertThat(read(cache, "manager", null)).isEqualTo("answer 3");
        assertThat(cache.get("tasks", List.of("manager", 7L), () -> "tasks")).isEqualTo("tasks");
    }

    @Test
    void anAnswerExpiresAfterItsTimeToLive() {
        ReadCache cache = cache(Duration.ofSeconds(2));
        assertThat(read(cache, "manager")).isEqualTo("answer 1");
        nanos += Duration.ofMillis(1999).toNanos();
        assertThat(read(cache, "manager")).isEqualTo("answer 1");
        nanos += Duration.ofMillis(1).toNanos(); // the time to live runs on the JVM's ticker, not the application clock
        assertThat(read(cache, "manager")).isEqualTo("answer 2");
    }

    @Test
    void aNewMinuteOnTheApplicationClockIsANewQuestion() {
        ReadCache cache = cache(Duration.ofHours(1));
        assertThat(read(cache, "manager")).isEqualTo("answer 1");
        clock.now = clock.now.plusSeconds(60);
        assertThat(read(cache, "manager")).as("ages and overdue flags follow the clock").isEqualTo("answer 2");
    }

    @Test
    void insideATransactionEveryReadGoesToTheDatabase() {
        ReadCache cache = cache(Duration.ofHours(1));
        assertThat(read(cache, "manager")).isEqualTo("answer 1");
        TransactionSynchronizationManager.setActualTransactionActive(true);
        assertThat(read(cache, "manager")).as("the caller may have written and not committed").isEqualTo("answer 2");
    }

    @Test
    void aWriteDuringTheReadKeepsItsAnswerOutOfTheCache() {
        ReadCache cache = cache(Duration.ofHours(1));
        String first = cache.get("dashboard", List.of("manager"), () -> {
            version.advance(); // committed by another request while this one was reading
            return "read across a write";
        });
        assertThat(first).isEqualTo("read across a write");
        assertThat(read(cache, "manager")).isEqualTo("answer 1");
    }

    @Test
    void aTimeToLiveOfZeroTurnsTheCacheOff() {
        ReadCache cache = cache(Duration.ZERO);
        assertThat(read(cache, "manager")).isEqualTo("answer 1");
        assertThat(read(cache, "manager")).isEqualTo("answer 2");
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
