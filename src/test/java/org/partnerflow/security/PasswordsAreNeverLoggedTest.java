package org.partnerflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No password typed, set or reset ever reaches the log, even with the application's, Spring Security's and Spring
 * MVC's loggers turned up to DEBUG: creating a user (API and page), failed sign-ins (API, page, unknown user, a
 * lock-out) and password resets (API and page).
 */
@DemoAppTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordsAreNeverLoggedTest {

    static final List<String> LOUD = List.of("org.partnerflow", "org.springframework.security",
            "org.springframework.web", "org.springframework.boot.web");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    LoggingSystem logging;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void loud() {
        LOUD.forEach(name -> logging.setLogLevel(name, LogLevel.DEBUG));
    }

    @AfterEach
    void quiet() {
        LOUD.forEach(name -> logging.setLogLevel(name, null));
    }

    @Test
    void noPasswordAppearsInTheLog(CapturedOutput output) throws Exception {
        String username = "logged." + Long.toString(System.nanoTime(), 36);
        String initial = "Initial-Secret-" + username;
        String typo = "Typo-Secret-" + username;
        String resetByApi = "Reset-Secret-Api-" + username;
        String resetByPage = "Reset-Secret-Page-" + username;
        String onTheForm = "Form-Secret-" + username;

        Api admin = Api.demo(port, "admin");
        assertThat(admin.post("/api/v1/users", Map.of("username", username, "displayName", "Lou Logged",
                "password", initial, "roles", List.of("FUNDER"))).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/users", Map.of("username", username + "x", "displayName", "Lou Logged",
                "password", "short", "roles", List.of())).status()).isEqualTo(400);
        mvc.perform(post("/admin/users").with(csrf()).with(user(users.loadUserByUsername("admin")))
                .param("username", username + ".page").param("displayName", "Pat Page")
                .param("password", onTheForm).param("roles", "FUNDER"));

        assertThat(Api.as(port, username, typo).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.as(port, "nobody." + username, typo).get("/api/v1/me").status()).isEqualTo(401);
        mvc.perform(formLogin("/login").user(username).password(typo));
        for (int i = 0; i < 4; i++) {
            Api.as(port, username, typo).get("/api/v1/me");
        }
        assertThat(Api.as(port, username, initial).get("/api/v1/me").status()).as("locked out").isEqualTo(401);

        assertThat(admin.post("/api/v1/users/" + username + "/password", Map.of("password", resetByApi)).status())
                .isEqualTo(204);
        mvc.perform(post("/admin/users/" + username + "/password").with(csrf())
                .with(user(users.loadUserByUsername("admin"))).param("password", resetByPage));
        assertThat(Api.as(port, username, resetByPage).get("/api/v1/me").status()).isEqualTo(200);

        assertThat(output.getAll()).as("the log was captured").contains(username);
        for (String secret : List.of(initial, typo, resetByApi, resetByPage, onTheForm, "\"short\"")) {
            assertThat(output.getAll()).doesNotContain(secret);
        }
    }
}
