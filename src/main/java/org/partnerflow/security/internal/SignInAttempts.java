package org.partnerflow.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerflow.security.AppUserRepository;
import org.partnerflow.security.SignInState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins. Per username in the database (so a lock survives a restart and holds on every node):
 * the limit in a row locks the user for a while. Per client address in memory (per node): too many failures in
 * a window and that address is refused without a password check, which slows guessing across many usernames.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);
    private static final int MAX_ADDRESSES = 10_000;

    private final AppUserRepository users;
    private final SignInProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    SignInAttempts(AppUserRepository users, SignInProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Whether a user whose password was right may sign in now: false while locked out. Earlier failures are
     * forgotten on success; nothing is written when there were none (API calls sign in on every request).
     */
    @Transactional
    public boolean admit(String username) {
        return admit(username, stateOf(username));
    }

    /** As {@link #admit(String)}, with the state just read; null for no such user. */
    @Transactional
    public boolean admit(String username, SignInState state) {
        if (state == null) {
            return true;
        }
        if (state.lockedAt(clock.instant())) {
            return false;
        }
        if (state.failedSignIns() > 0) {
            users.forgetFailedSignIns(username);
        }
        return true;
    }

    /** The user's sign-in state now (failures, lock, account stamp); null for no such user. */
    public SignInState stateOf(String username) {
        return username == null ? null : users.signInStateOf(username).orElse(null);
    }

    /** Counts a failure against the username (if there is such a user) and the address; may lock the user. */
    @Transactional
    public void failed(String username, String address) {
        Instant now = clock.instant();
        countAgainst(address, now);
        if (username == null || username.isBlank() || users.countFailedSignIn(username, now) == 0) {
            return;
        }
        if (users.lockAtLimit(username, properties.maxFailures(), now.plus(properties.lockFor())) > 0) {
            // The username only: never what was typed as the password.
            log.warn("Sign-in locked for {} until {} after {} failed attempts", username,
                    now.plus(properties.lockFor()), properties.maxFailures());
        }
    }

    /** Whether this address has failed too often lately to be let try again now. */
    public boolean addressThrottled(String address) {
        if (address == null) {
            return false;
        }
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            prune(failures, clock.instant());
            return failures.size() >= properties.maxFailuresPerAddress();
        }
    }

    private void countAgainst(String address, Instant now) {
        if (address == null) {
            return;
        }
        if (failuresByAddress.size() >= MAX_ADDRESSES) {
            // Bounded memory: drop addresses whose failures have all aged out of the window.
            failuresByAddress.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures, now);
            failures.addLast(now);
        }
    }

    private void prune(Deque<Instant> failures, Instant now) {
        Instant since = now.minus(properties.addressWindow());
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(since)) {
            failures.removeFirst();
        }
    }
}
