package org.partnerflow.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers for a short while that a username and password pair was verified, so that a stateless API client
 * sending HTTP Basic on every request does not pay a bcrypt check (about 100 ms of CPU on the reference machine)
 * each time. Only an HMAC of the pair under a key drawn at start-up is kept, never the password; a wrong password
 * forgets the entry and is checked in full. Lock-out and address throttling still run on every request (the
 * caller, {@link LockingAuthenticationProvider}, checks them around this). A changed password, role or disabled
 * account applies to API calls at the latest when the entry expires (partnerflow.sign-in.remember-verified,
 * PT30S by default; PT0S turns this off).
 */
final class VerifiedCredentials implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] digest, Authentication result, long expiresAt) {
    }

    private final AuthenticationProvider passwords;
    private final long ttlNanos;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Entry> verified = new ConcurrentHashMap<>();

    VerifiedCredentials(AuthenticationProvider passwords, Duration remember) {
        this.passwords = passwords;
        this.ttlNanos = remember.toNanos();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (ttlNanos <= 0 || !(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getCredentials() instanceof String password)) {
            return passwords.authenticate(authentication);
        }
        String username = authentication.getName();
        byte[] digest = digest(username, password);
        long now = System.nanoTime();
        Entry entry = verified.get(username);
        if (entry != null && now - entry.expiresAt() < 0 && MessageDigest.isEqual(entry.digest(), digest)) {
            return entry.result();
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            verified.remove(username);
            throw e;
        }
        if (result != null) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(username, new Entry(digest, result, now + ttlNanos));
        }
        return result;
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

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
