package org.partnerflow.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret in a feed's address. A token is 256 bits: the HMAC-SHA256, under the installation's key, of a seed of 32
 * bytes from SecureRandom, written in URL-safe base64 (43 characters). Only the seed and the token's SHA-256 are
 * stored, so the database alone does not give an address. A request is found by the SHA-256 of the token it sends,
 * through a unique index, and the stored hash is compared with that one in constant time: the same work whether the
 * token is known, revoked or never was, and the index compares hashes, which say nothing about a token's characters.
 */
@Component
public class FeedTokens {

    static final int SEED_BYTES = 32;
    /** What an unknown token's hash is compared with, so that both answers do the same comparison. */
    private static final byte[] NO_FEED = new byte[32];
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();
    private static final HexFormat HEX = HexFormat.of();

    private final CalendarFeedRepository feeds;
    private final FeedKey key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FeedTokens(CalendarFeedRepository feeds, FeedKey key, Clock clock) {
        this.feeds = feeds;
        this.key = key;
        this.clock = clock;
    }

    /** The token of the user's feed, the feed made on first asking. */
    @Transactional
    public String tokenOf(long userId) {
        CalendarFeed feed = feeds.findByUserId(userId).orElse(null);
        if (feed != null) {
            return token(feed.getSeed());
        }
        String seed = newSeed();
        String token = token(seed);
        feeds.save(new CalendarFeed(userId, seed, hash(token), clock.instant()));
        return token;
    }

    /** A new token for the user's feed; the old one matches nothing from now on. */
    @Transactional
    public String reset(long userId) {
        String seed = newSeed();
        String token = token(seed);
        feeds.findByUserId(userId).ifPresentOrElse(feed -> feed.replace(seed, hash(token), clock.instant()),
                () -> feeds.save(new CalendarFeed(userId, seed, hash(token), clock.instant())));
        return token;
    }

    /** Whose feed the token opens: looked up by its hash, then compared in constant time; empty when none. */
    @Transactional(readOnly = true)
    public Optional<Long> userOf(String token) {
        String hash = hash(token == null ? "" : token);
        Optional<CalendarFeed> found = feeds.findByTokenHash(hash);
        byte[] stored = found.map(f -> HEX.parseHex(f.getTokenHash())).orElse(NO_FEED);
        boolean same = MessageDigest.isEqual(HEX.parseHex(hash), stored);
        return same ? found.map(CalendarFeed::getUserId) : Optional.empty();
    }

    /** The SHA-256 of a token, in hex: what is stored and looked up. */
    static String hash(String token) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private String token(String seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            return URL_SAFE.encodeToString(mac.doFinal(Base64.getUrlDecoder().decode(seed)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    private String newSeed() {
        byte[] seed = new byte[SEED_BYTES];
        random.nextBytes(seed);
        return URL_SAFE.encodeToString(seed);
    }
}
