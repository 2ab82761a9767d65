package org.partnerflow.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
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
 * node since it was read ({@link DataVersion}) and for at most partnerflow.read-cache.ttl (PT2S; PT0S turns the
 * cache off), which also bounds how long another node's writes go unseen. Values must be immutable. Inside a
 * transaction the cache is bypassed, so that a caller sees its own uncommitted writes.
 */
@Component
public class ReadCache {

    private static final int MAX_ENTRIES = 2_000;

    private record Key(String kind, List<Object> arguments, long minute) {
    }

    private record Entry(long version, long expiresAt, Object value) {
    }

    /** A question being answered: the version when its thread began, and the answer to come. */
    private record Flight(long version, Thread thread, CompletableFuture<Object> answer) {
    }

    private final DataVersion version;
    private final Clock clock;
    private final long ttlNanos;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, Flight> inFlight = new ConcurrentHashMap<>();

    private final TransactionTemplate readOnly;
    private final LongSupplier ticker;

    @Autowired
    ReadCache(DataVersion version, Clock clock, PlatformTransactionManager transactions,
            @Value("${partnerflow.read-cache.ttl:PT2S}") Duration ttl) {
        this(version, clock, transactions, ttl, System::nanoTime);
    }

    ReadCache(DataVersion version, Clock clock, PlatformTransactionManager transactions, Duration ttl,
            LongSupplier ticker) {
        this.ticker = ticker;
        this.version = version;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.ttlNanos = ttl.toNanos();
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
        if (ttlNanos <= 0 || TransactionSynchronizationManager.isActualTransactionActive()) {
            return read.get();
        }
        Key key = new Key(kind, java.util.Collections.unmodifiableList(new java.util.ArrayList<Object>(arguments)),
                clock.instant().truncatedTo(ChronoUnit.MINUTES).getEpochSecond());
        long before = version.current();
        long now = ticker.getAsLong();
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == before && now - entry.expiresAt() < 0) {
            return (T) entry.value();
        }
        Flight mine = new Flight(before, Thread.currentThread(), new CompletableFuture<>());
        Flight running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            if (running.version() == before && running.thread() != Thread.currentThread()) {
                try {
                    return (T) running.answer().join();
                } catch (CompletionException | CancellationException failed) {
                    // Asked again below, so that this caller gets the failure (a 404, a timeout) as its own.
                }
            }
            return answer(key, before, now, read);
        }
        try {
            T value = answer(key, before, now, read);
            mine.answer().complete(value);
            return value;
        } catch (RuntimeException | Error failed) {
            mine.answer().completeExceptionally(failed);
            throw failed;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private <T> T answer(Key key, long before, long now, Supplier<T> read) {
        T value = Objects.requireNonNull(read.get(), "a cached read must not answer null");
        if (version.current() == before) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(before, now + ttlNanos, value));
        }
        return value;
    }
}
