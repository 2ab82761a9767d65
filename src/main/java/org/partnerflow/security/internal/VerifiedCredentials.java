package org.partnerflow.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers that a username and password pair was verified, so that a stateless API client sending HTTP Basic on
 * every request does not pay a bcrypt check (about 100 ms of CPU on the reference machine) each time.
 * <p>
 * Only an HMAC of the pair under a key drawn at start-up is kept, never the password; a wrong password forgets the
 * entry and is checked in full. The entry also holds the account's stamp as the database had it before the check
 * (its version and whether it is enabled, see SignInState), and every request brings the stamp read afresh: a new
 * password, a change of roles or partnerships or a deactivation, on any node, makes the very next request check in
 * full. An entry runs out after partnerflow.sign-in.remember-verified without use (PT30S by default; PT0S turns
 * this off); each use renews it, so a client calling steadily is not re-hashed every window, and clients do not
 * all pay the hash at the same moment. Lock-out and address throttling still run on every request (the caller,
 * {@link LockingAuthenticationProvider}, checks them around this).
 */
final class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    /** A signed-in user, and whether the pair was remembered (no password check ran). */
    record Outcome(Authentication result, boolean remembered) {
    }

    private record Entry(byte[] digest, String stamp, Authentication result, long expiresAt) {
    }

    private final AuthenticationProvider passwords;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Entry> verified = new ConcurrentHashMap<>();

    /** @param nanoTime a monotonic clock in nanoseconds (System::nanoTime) */
    VerifiedCredentials(AuthenticationProvider passwords, Duration remember, LongSupplier nanoTime) {
        this.passwords = passwords;
        this.ttlNanos = remember.toNanos();
        this.nanoTime = nanoTime;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether pairs are remembered at all (remember-verified above zero). */
    boolean remembers() {
        return ttlNanos > 0;
    }

    /**
     * Signs in with the pair, from memory when it was verified under the same account stamp and used lately, else
     * with the full password check.
     *
     * @param stamp the account's stamp as the database has it now, read before the check so that a change made
     *     while it runs shows on the next request; null for no such user (never remembered)
     */
    Outcome authenticate(Authentication authentication, String stamp) throws AuthenticationException {
        if (ttlNanos <= 0 || !(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getCredentials() instanceof String password)) {
            return new Outcome(passwords.authenticate(authentication), false);
        }
        String username = authentication.getName();
        byte[] digest = digest(username, password);
        long now = nanoTime.getAsLong();
        Entry entry = verified.get(username);
        if (entry != null && stamp != null && now - entry.expiresAt() < 0 && Objects.equals(entry.stamp(), stamp)
                && MessageDigest.isEqual(entry.digest(), digest)) {
            verified.replace(username, entry, new Entry(entry.digest(), stamp, entry.result(), now + ttlNanos));
            return new Outcome(entry.result(), true);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            verified.remove(username);
            throw e;
        }
        if (result != null && stamp != null) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(username, new Entry(digest, stamp, result, now + ttlNanos));
        }
        return new Outcome(result, false);
    }

    private byte[] digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
