package org.partnerflow.security;

import java.time.Instant;

/** How a user's sign-ins stand: consecutive failures, and the end of a lock-out (null when never locked). */
public record SignInState(int failedSignIns, Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
