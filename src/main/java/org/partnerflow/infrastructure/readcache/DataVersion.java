package org.partnerflow.infrastructure.readcache;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that goes up each time a write through this node's connection pool is committed: Hibernate's, Camunda's
 * and plain JDBC alike, since all of them share the pool ({@link WriteWatch} tells writes from reads). A value read
 * before reading the database and still current afterwards means nothing was committed on this node in between,
 * which is what {@link ReadCache} relies on. Writes made by another node are not seen here.
 */
public final class DataVersion {

    private final AtomicLong version = new AtomicLong();

    /** The version now. */
    public long current() {
        return version.get();
    }

    /** Called once a transaction that wrote has committed (or an auto-committed write has run). */
    void advance() {
        version.incrementAndGet();
    }
}
