package org.partnerflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** A verified pair skips the password check until it expires; anything else is checked in full. */
class VerifiedCredentialsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            checks.incrementAndGet();
            if (!"right".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private static Authentication pair(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void aVerifiedPairIsCheckedOnceWithinTheWindow() {
        VerifiedCredentials verified = new VerifiedCredentials(passwords, Duration.ofMinutes(1));
        Authentication first = verified.authenticate(pair("manager", "right"));
        Authentication second = verified.authenticate(pair("manager", "right"));
        assertThat(second).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedInFullAndForgetsTheVerifiedPair() {
        VerifiedCredentials verified = new VerifiedCredentials(passwords, Duration.ofMinutes(1));
        verified.authenticate(pair("manager", "right"));
        assertThatThrownBy(() -> verified.authenticate(pair("manager", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        verified.authenticate(pair("manager", "right"));
        assertThat(checks).hasValue(3);
    }

    @Test
    void anotherUserWithTheSamePasswordIsCheckedAndAZeroWindowChecksEveryTime() {
        VerifiedCredentials verified = new VerifiedCredentials(passwords, Duration.ofMinutes(1));
        verified.authenticate(pair("manager", "right"));
        verified.authenticate(pair("funder", "right"));
        assertThat(checks).hasValue(2);

        VerifiedCredentials off = new VerifiedCredentials(passwords, Duration.ZERO);
        off.authenticate(pair("manager", "right"));
        off.authenticate(pair("manager", "right"));
        assertThat(checks).hasValue(4);
    }

    @Test
    void anExpiredPairIsCheckedAgain() throws InterruptedException {
        VerifiedCredentials verified = new VerifiedCredentials(passwords, Duration.ofMillis(1));
        verified.authenticate(pair("manager", "right"));
        Thread.sleep(5); // the window is wall-clock nanoTime; a few milliseconds past it
        verified.authenticate(pair("manager", "right"));
        assertThat(checks).hasValue(2);
    }
}
