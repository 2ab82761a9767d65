package org.partnerflow.security;

import java.time.Instant;

/**
 * How a user's sign-ins stand: consecutive failures, the end of a lock-out (null when never locked), whether the
 * account is enabled and its version, which every change made through the application moves on.
 */
public record SignInState(int failedSignIns, Instant lockedUntil, boolean enabled, long accountVersion) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * What a remembered password check rests on: the same while the account is unchanged, different after a new
     * password, a change of roles or partnerships, or a deactivation.
     */
    public String accountStamp() {
        return accountVersion + (enabled ? "" : "-disabled");
    }
}
