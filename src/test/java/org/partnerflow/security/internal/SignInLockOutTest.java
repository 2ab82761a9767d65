package org.partnerflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.security.AppUserRepository;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Five wrong passwords in a row lock a username for fifteen minutes, on the API and the sign-in page alike, even
 * against the right password; the answer is the same for a locked user, a wrong password and a user who does not
 * exist; an admin can lift the lock; the lock runs out by itself; a success forgets earlier failures.
 */
@DemoAppTest
class SignInLockOutTest {

    static final String PASSWORD = "the-right-password-1";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    /** The lock-out as the application is configured (application.yml, partnerflow.sign-in). */
    @Autowired
    SignInProperties configured;

    @Test
    void theConfiguredLockOutIsTheOneTheDocsDescribe() {
        assertThat(configured.maxFailures()).isEqualTo(5);
        assertThat(configured.lockFor()).isEqualTo(Duration.ofMinutes(15));
        assertThat(configured.maxFailuresPerAddress()).isEqualTo(100);
        assertThat(configured.addressWindow()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void fiveWrongPasswordsLockTheUserOutEvenWithTheRightOne() throws Exception {
        String username = newUser();
        Api.Response unknown = Api.as(port, "nobody." + username, "wrong-password").get("/api/v1/me");
        for (int i = 0; i < configured.maxFailures(); i++) {
            Api.Response wrong = Api.as(port, username, "wrong-password").get("/api/v1/me");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).isEqualTo(unknown.body());
        }

        Api.Response locked = Api.as(port, username, PASSWORD).get("/api/v1/me");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).as("a lock-out reads as any failed sign-in").isEqualTo(unknown.body());
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody." + username).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        var listed = Api.demo(port, "admin").get("/api/v1/users?size=200").json();
        assertThat(listed.findValues("username").stream().anyMatch(n -> n.asText().equals(username))).isTrue();
        for (var user : listed) {
            if (user.get("username").asText().equals(username)) {
                assertThat(user.get("lockedUntil").isNull()).as("the admin sees the lock").isFalse();
            }
        }
    }

    @Test
    void anAdminLiftsTheLock() throws Exception {
        String username = newUser();
        for (int i = 0; i < configured.maxFailures(); i++) {
            Api.as(port, username, "wrong-password").get("/api/v1/me");
        }
        assertThat(Api.as(port, username, PASSWORD).get("/api/v1/me").status()).isEqualTo(401);

        assertThat(Api.demo(port, "manager").post("/api/v1/users/" + username + "/unlock", "{}").status())
                .isEqualTo(403);
        assertThat(Api.demo(port, "admin").post("/api/v1/users/" + username + "/unlock", "{}").status())
                .isEqualTo(204);
        assertThat(Api.as(port, username, PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(Api.demo(port, "admin").post("/api/v1/users/nobody.at.all/unlock", "{}").status()).isEqualTo(404);
    }

    @Test
    void aPasswordResetByAnAdminAlsoLiftsTheLock() {
        String username = newUser();
        for (int i = 0; i < configured.maxFailures(); i++) {
            Api.as(port, username, "wrong-password").get("/api/v1/me");
        }
        Api.Response tooShort = Api.demo(port, "admin").post("/api/v1/users/" + username + "/password",
                Map.of("password", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
        assertThat(tooShort.body()).doesNotContain("\"short\"");

        assertThat(Api.demo(port, "admin").post("/api/v1/users/" + username + "/password",
                Map.of("password", "a-brand-new-password")).status()).isEqualTo(204);
        assertThat(Api.as(port, username, PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.as(port, username, "a-brand-new-password").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aNewPasswordALockOrADeactivationAppliesFromTheVeryNextBasicRequest() {
        String username = newUser();
        Api old = Api.as(port, username, PASSWORD);
        assertThat(old.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(old.get("/api/v1/me").status()).as("remembered: no password check").isEqualTo(200);
        assertThat(Api.demo(port, "admin").post("/api/v1/users/" + username + "/password",
                Map.of("password", "a-brand-new-password")).status()).isEqualTo(204);
        assertThat(old.get("/api/v1/me").status()).as("the old password, right after the change").isEqualTo(401);
        Api renewed = Api.as(port, username, "a-brand-new-password");
        assertThat(renewed.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(renewed.get("/api/v1/me").status()).isEqualTo(200);

        // A lock set on another node (an update, no new version) holds against the remembered pair at once.
        jdbc.update("update app_user set locked_until = ? where username = ?",
                java.sql.Timestamp.from(Instant.now().plus(Duration.ofMinutes(15))), username);
        assertThat(renewed.get("/api/v1/me").status()).as("locked, right after").isEqualTo(401);
        jdbc.update("update app_user set locked_until = null where username = ?", username);
        assertThat(renewed.get("/api/v1/me").status()).isEqualTo(200);

        jdbc.update("update app_user set enabled = false where username = ?", username); // an operator's deactivation
        assertThat(renewed.get("/api/v1/me").status()).as("a disabled account, right after").isEqualTo(401);
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        String username = newUser();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < configured.maxFailures() - 1; i++) {
                assertThat(Api.as(port, username, "wrong-password").get("/api/v1/me").status()).isEqualTo(401);
            }
            assertThat(Api.as(port, username, PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        }
    }

    @Test
    void theLockRunsOutAfterItsPeriod() {
        String username = newUser();
        MovableClock clock = new MovableClock(Instant.parse("2030-01-01T09:00:00Z"));
        SignInAttempts attempts = new SignInAttempts(repository, configured, clock);
        for (int i = 0; i < configured.maxFailures(); i++) {
            transactions.executeWithoutResult(tx -> attempts.failed(username, "192.0.2.1"));
        }
        assertThat(admitted(attempts, username)).isFalse();
        clock.move(configured.lockFor().minusMinutes(1));
        transactions.executeWithoutResult(tx -> attempts.failed(username, "192.0.2.1"));
        assertThat(admitted(attempts, username)).as("failures during a lock do not stretch it").isFalse();
        clock.move(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(admitted(attempts, username)).isTrue();
        assertThat(repository.findByUsername(username).orElseThrow().getFailedSignIns()).isZero();
    }

    @Test
    void oneAddressFailingTooOftenIsRefusedForAWhileWhateverTheUsername() {
        MovableClock clock = new MovableClock(Instant.parse("2030-01-01T09:00:00Z"));
        SignInAttempts attempts = new SignInAttempts(repository, configured, clock);
        for (int i = 0; i < configured.maxFailuresPerAddress(); i++) {
            String username = "nobody-" + i;
            assertThat(attempts.addressThrottled("198.51.100.7")).as("after %d failures", i).isFalse();
            transactions.executeWithoutResult(tx -> attempts.failed(username, "198.51.100.7"));
        }
        assertThat(attempts.addressThrottled("198.51.100.7")).isTrue();
        assertThat(attempts.addressThrottled("198.51.100.8")).isFalse();
        clock.move(configured.addressWindow().minusSeconds(1));
        assertThat(attempts.addressThrottled("198.51.100.7")).as("still within the window").isTrue();
        clock.move(Duration.ofSeconds(2));
        assertThat(attempts.addressThrottled("198.51.100.7")).isFalse();
    }

    private Boolean admitted(SignInAttempts attempts, String username) {
        return transactions.execute(tx -> attempts.admit(username));
    }

    private String newUser() {
        String username = "lockout." + Long.toString(System.nanoTime(), 36);
        Api.Response created = Api.demo(port, "admin").post("/api/v1/users", Map.of("username", username,
                "displayName", "Lee Lockout", "password", PASSWORD, "roles", List.of("FUNDER")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    /** A clock the test moves on. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
