package org.partnerflow.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lock-out rules: a username is locked for {@code lockFor} after {@code maxFailures} failed sign-ins in a row;
 * one client address may fail {@code maxFailuresPerAddress} times in {@code addressWindow} before its sign-ins
 * are refused unchecked for the rest of that window. A verified username and password pair is remembered until
 * unused for {@code rememberVerified} (see VerifiedCredentials).
 */
@ConfigurationProperties("partnerflow.sign-in")
record SignInProperties(Integer maxFailures, Duration lockFor, Integer maxFailuresPerAddress, Duration addressWindow,
        Duration rememberVerified) {

    SignInProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        lockFor = lockFor == null ? Duration.ofMinutes(15) : lockFor;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 100 : maxFailuresPerAddress;
        addressWindow = addressWindow == null ? Duration.ofMinutes(15) : addressWindow;
        rememberVerified = rememberVerified == null ? Duration.ofSeconds(30) : rememberVerified;
        if (maxFailures < 1 || maxFailuresPerAddress < 1 || lockFor.isNegative() || addressWindow.isNegative()) {
            throw new IllegalArgumentException("partnerflow.sign-in limits must be positive");
        }
    }
}
