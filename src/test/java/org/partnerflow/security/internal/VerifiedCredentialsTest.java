package org.partnerflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A verified pair skips the password check while it is used and the account is unchanged; anything else is checked
 * in full. Time is a clock the test moves.
 */
class VerifiedCredentialsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Map<String, String> stamps = new ConcurrentHashMap<>(Map.of("manager", "1", "funder", "1"));
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

    private VerifiedCredentials remembering(Duration window) {
        return new VerifiedCredentials(passwords, window, nanos::get);
    }

    /** A sign-in with the account stamp as the database has it now, as LockingAuthenticationProvider passes it. */
    private Authentication signIn(VerifiedCredentials verified, String user, String password) {
        return verified.authenticate(pair(user, password), stamps.get(user)).result();
    }

    private void move(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    private static Authentication pair(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void aVerifiedPairIsCheckedOnceWithinTheWindow() {
        VerifiedCredentials verified = remembering(Duration.ofMinutes(1));
        Authentication first = signIn(verified, "manager", "right");
        VerifiedCredentials.Outcome second = verified.authenticate(pair("manager", "right"), "1");
        assertThat(second.result()).isSameAs(first);
        assertThat(second.remembered()).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void aPairUsedContinuouslyIsNotHashedAgainWhenItsFirstWindowEnds() {
        VerifiedCredentials verified = remembering(Duration.ofSeconds(30));
        signIn(verified, "manager", "right");
        for (int second = 0; second < 300; second += 10) { // a call every 10 s for five minutes
            move(Duration.ofSeconds(10));
            signIn(verified, "manager", "right");
        }
        assertThat(checks).as("one bcrypt check for ten windows of steady use").hasValue(1);
    }

    @Test
    void anExpiredPairIsCheckedAgain() {
        VerifiedCredentials verified = remembering(Duration.ofSeconds(30));
        signIn(verified, "manager", "right");
        move(Duration.ofSeconds(29));
        signIn(verified, "manager", "right");
        assertThat(checks).hasValue(1);
        move(Duration.ofSeconds(30)); // 30 s without a call since the last use
        signIn(verified, "manager", "right");
        assertThat(checks).hasValue(2);
    }

    @Test
    void aChangedAccountIsCheckedInFullOnTheVeryNextRequest() {
        VerifiedCredentials verified = remembering(Duration.ofMinutes(1));
        signIn(verified, "manager", "right");
        stamps.put("manager", "2"); // a new password, new roles or a deactivation moved the account on
        signIn(verified, "manager", "right");
        assertThat(checks).hasValue(2);
        signIn(verified, "manager", "right");
        assertThat(checks).as("remembered again under the new stamp").hasValue(2);

        stamps.remove("manager"); // the account is gone
        signIn(verified, "manager", "right");
        signIn(verified, "manager", "right");
        assertThat(checks).hasValue(4);
    }

    @Test
    void aWrongPasswordIsCheckedInFullAndForgetsTheVerifiedPair() {
        VerifiedCredentials verified = remembering(Duration.ofMinutes(1));
        signIn(verified, "manager", "right");
        assertThatThrownBy(() -> signIn(verified, "manager", "wrong"))
                .isInstanceOf(BadCredentialsException.class);
        signIn(verified, "manager", "right");
        assertThat(checks).hasValue(3);
    }

    @Test
    void anotherUserWithTheSamePasswordIsCheckedAndAZeroWindowChecksEveryTime() {
        VerifiedCredentials verified = remembering(Duration.ofMinutes(1));
        signIn(verified, "manager", "right");
        signIn(verified, "funder", "right");
        assertThat(checks).hasValue(2);

        VerifiedCredentials off = remembering(Duration.ZERO);
        signIn(off, "manager", "right");
        signIn(off, "manager", "right");
        assertThat(checks).hasValue(4);
    }
}
