package org.partnerflow.infrastructure.readcache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a read model (a dashboard, a page of tasks) for a short while, for the same question asked again: the same
 * kind, the same arguments (which must include who asks, since what a user may read shapes every answer) and the
 * same minute on the application's clock. An answer is served again only while nothing has been written on this
 * node since it was read ({@link DataVersion}) and for at most partnerflow.read-cache.ttl after it was answered
 * (PT2S; PT0S turns the cache off), which also bounds how long another node's writes go unseen. Values must be
 * immutable. Inside a transaction the cache is bypassed, so that a caller sees its own uncommitted writes. The
 * answers, under way or given, and their expiry live in a Caffeine cache of at most 2,000 questions.
 */
@Component
public class ReadCache {

    private static final int MAX_ENTRIES = 2_000;

    /** A question, at the data version it is asked at: after a committed write, no earlier answer is found. */
    private record Key(String kind, List<Object> arguments, long minute, long version) {
    }

    /** An answer on its way, and the thread that reads it. */
    private static final class Answer extends CompletableFuture<Object> {
        private final Thread reader = Thread.currentThread();
    }

    private final DataVersion version;
    private final Clock clock;
    private final ConcurrentMap<Key, CompletableFuture<Object>> answers;
    private final TransactionTemplate readOnly;

    @Autowired
    ReadCache(DataVersion version, Clock clock, PlatformTransactionManager transactions,
            @Value("${partnerflow.read-cache.ttl:PT2S}") Duration ttl) {
        this(version, clock, transactions, ttl, System::nanoTime);
    }

    ReadCache(DataVersion version, Clock clock, PlatformTransactionManager transactions, Duration ttl,
            LongSupplier ticker) {
        this.version = version;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.answers = ttl.isZero() || ttl.isNegative() ? null : answers(ttl, ticker);
    }

    /** The time to live runs on the ticker (the JVM's, or a test's), not on the application's clock. */
    private static ConcurrentMap<Key, CompletableFuture<Object>> answers(Duration ttl, LongSupplier ticker) {
        AsyncCache<Key, Object> cache = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(ttl)
                .ticker(ticker::getAsLong).executor(Runnable::run).buildAsync();
        return cache.asMap();
    }

    /**
     * A cache that keeps nothing, each read in a read-only transaction: for a read model built by hand with a clock
     * of its own (a test's fixed day), which a cache keyed by the application's clock would confuse.
     */
    public static ReadCache disabled(PlatformTransactionManager transactions) {
        return new ReadCache(new DataVersion(), Clock.systemUTC(), transactions, Duration.ZERO, System::nanoTime);
    }

    /** As {@link #get}, reading in a read-only transaction when the answer is not kept (or joining the caller's). */
    public <T> T read(String kind, List<?> arguments, Supplier<T> read) {
        return get(kind, arguments, () -> readOnly.execute(status -> read.get()));
    }

    /**
     * The answer to this question read within the last moments, with nothing written since, or a new one from
     * {@code read}. The arguments are compared with equals, so they must be values (records, strings, numbers).
     * The same question asked while another thread is answering it, with nothing written since that thread began,
     * waits for that answer instead of asking the database once more: fifty people opening the same dashboard in
     * the same second cost one read, not fifty at once on two cores.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String kind, List<?> arguments, Supplier<T> read) {
        if (answers == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return read.get();
        }
        long before = version.current();
        Key key = new Key(kind, Collections.unmodifiableList(new ArrayList<Object>(arguments)),
                clock.instant().truncatedTo(ChronoUnit.MINUTES).getEpochSecond(), before);
        while (true) {
            Answer mine = new Answer();
            CompletableFuture<Object> given = answers.putIfAbsent(key, mine);
            if (given == null) {
                return answer(key, before, mine, read);
            }
            if (given instanceof Answer running && running.reader == Thread.currentThread() && !running.isDone()) {
                return read.get(); // asked inside its own reading: the outer read keeps the answer
            }
            try {
                return (T) given.join();
            } catch (CompletionException | CancellationException failed) {
                // Asked again, so that this caller gets the failure (a 404, a timeout) as its own.
                answers.remove(key, given);
            }
        }
    }

    private <T> T answer(Key key, long before, Answer mine, Supplier<T> read) {
        try {
            T value = Objects.requireNonNull(read.get(), "a cached read must not answer null");
            if (version.current() != before) {
                answers.remove(key, mine); // read across a write: given to those who asked before it, not kept
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error failed) {
            answers.remove(key, mine);
            mine.completeExceptionally(failed);
            throw failed;
        }
    }
}
