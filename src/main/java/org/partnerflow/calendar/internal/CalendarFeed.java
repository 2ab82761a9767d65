package org.partnerflow.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A user's calendar feed: the seed its token is derived from and the token's SHA-256, never the token itself. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false)
    private String seed;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CalendarFeed() {
    }

    CalendarFeed(long userId, String seed, String tokenHash, Instant createdAt) {
        this.userId = userId;
        replace(seed, tokenHash, createdAt);
    }

    /** A new address: the old token's hash is gone, so the old address matches no feed. */
    void replace(String seed, String tokenHash, Instant createdAt) {
        this.seed = seed;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public long getUserId() {
        return userId;
    }

    String getSeed() {
        return seed;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
