package org.partnerflow.calendar.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key that turns a feed's seed into its token: partnerflow.calendar.token-key when set, else the installation's
 * own, made once by the first node that needs it (a second node's insert loses to the first and reads its key).
 */
@Component
class FeedKey {

    static final int MIN_BYTES = 32;

    private final CalendarSettings settings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    FeedKey(CalendarSettings settings, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    byte[] get() {
        byte[] known = key;
        if (known == null) {
            known = load();
            key = known;
        }
        return known;
    }

    private byte[] load() {
        String configured = settings.tokenKey();
        if (configured != null && !configured.isBlank()) {
            return checked(Base64.getDecoder().decode(configured.strip()));
        }
        String stored = stored();
        if (stored == null) {
            byte[] fresh = new byte[MIN_BYTES];
            random.nextBytes(fresh);
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "insert into calendar_feed_key (id, secret) values (1, ?)",
                        Base64.getEncoder().encodeToString(fresh)));
            } catch (DataIntegrityViolationException anotherNodeWasFirst) {
                // its key stands; read it below
            }
            stored = stored();
        }
        return checked(Base64.getDecoder().decode(stored));
    }

    private String stored() {
        List<String> found = ownTransaction.execute(status -> jdbc.queryForList(
                "select secret from calendar_feed_key where id = 1", String.class));
        return found == null || found.isEmpty() ? null : found.get(0);
    }

    private static byte[] checked(byte[] key) {
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException("partnerflow.calendar.token-key must be base64 of at least " + MIN_BYTES
                    + " bytes");
        }
        return key;
    }
}
