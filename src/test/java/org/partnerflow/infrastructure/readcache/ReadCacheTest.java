package org.partnerflow.infrastructure.readcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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

    @Test
    void theSameQuestionAskedWhileItIsBeingAnsweredWaitsForThatAnswer() throws Exception {
        ReadCache cache = cache(Duration.ofHours(1));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = underWay(cache, release, () -> "answer " + reads.incrementAndGet());
        Thread second = new Thread(() -> assertThat(read(cache, "staff")).isEqualTo("answer 1"));
        AtomicReference<Throwable> secondFailed = new AtomicReference<>();
        second.setUncaughtExceptionHandler((thread, failure) -> secondFailed.set(failure));
        second.start();
        awaitWaiting(second);
        release.countDown();
        second.join(10_000);
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("answer 1");
        assertThat(secondFailed.get()).isNull();
        assertThat(reads).as("one read for both").hasValue(1);
    }

    @Test
    void aQuestionAskedAfterAWriteDoesNotWaitForAnAnswerBegunBeforeIt() throws Exception {
        ReadCache cache = cache(Duration.ofHours(1));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = underWay(cache, release, () -> "begun before the write");
        version.advance();
        assertThat(read(cache, "staff")).as("the caller may be the writer: it must see its write")
                .isEqualTo("answer 1");
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("begun before the write");
        assertThat(read(cache, "staff")).as("the newer answer is the one kept").isEqualTo("answer 1");
    }

    @Test
    void aFailedAnswerIsAskedAgainByTheOneWhoWaited() throws Exception {
        ReadCache cache = cache(Duration.ofHours(1));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = underWay(cache, release, () -> {
            throw new IllegalStateException("the database went away");
        });
        CompletableFuture<String> second = new CompletableFuture<>();
        Thread asking = new Thread(() -> second.complete(read(cache, "staff")));
        asking.start();
        awaitWaiting(asking);
        release.countDown();
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("answer 1");
        assertThat(first).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                .withRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReadThatAsksItsOwnQuestionAgainDoesNotWaitForItself() {
        ReadCache cache = cache(Duration.ofHours(1));
        String outer = cache.get("dashboard", List.of("staff"), () -> "outer, " + read(cache, "staff"));
        assertThat(outer).isEqualTo("outer, answer 1");
    }

    /** Staff's dashboard being read on another thread: under way when this returns, answered once released. */
    private static CompletableFuture<String> underWay(ReadCache cache, CountDownLatch release, Supplier<String> answer) {
        CountDownLatch reading = new CountDownLatch(1);
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> cache.get("dashboard", List.of("staff"),
                () -> {
                    reading.countDown();
                    await(release);
                    return answer.get();
                }));
        await(reading);
        return read;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch released").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until the thread is parked, which here means it waits for the answer another thread is reading. */
    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(thread.getState()).as("the second caller waits").isEqualTo(Thread.State.WAITING);
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
