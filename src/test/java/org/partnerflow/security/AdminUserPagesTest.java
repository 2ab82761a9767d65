package org.partnerflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The admin's pages for people: the list with roles, memberships and lock-outs; creating a user with the API's rules
 * (errors on their fields, the password never shown again); a new password; lifting a lock-out. Admins only.
 */
@DemoAppTest
class AdminUserPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void onlyAdminsSeeThePages() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/admin/users").with(as("manager"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(csrf()).with(as("manager")).param("username", "sneaky.user"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("partner.croydon")))
                .andExpect(content().string(containsString("Croydon Healthy Communities Together partnership")))
                .andExpect(content().string(containsString("Programme manager")));
    }

    @Test
    void aBrokenRuleShowsTheFormAgainWithErrorsOnTheFieldsButNotThePassword() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(as("admin"))
                        .param("username", "Not Valid").param("displayName", "Val Idate")
                        .param("password", "too-short").param("roles", "PARTNER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Create a user")))
                .andExpect(content().string(containsString("href=\"#username\"")))
                .andExpect(content().string(containsString("href=\"#password\"")))
                .andExpect(content().string(containsString("href=\"#partnershipIds\"")))
                .andExpect(content().string(containsString("value=\"Val Idate\"")))
                .andExpect(content().string(containsString("value=\"PARTNER\" checked")))
                .andExpect(content().string(not(containsString("too-short"))));
    }

    @Test
    void anAdminCreatesAUserWhoCanThenSignIn() throws Exception {
        String username = "page.user" + Long.toString(System.nanoTime(), 36);
        String croydon = partnershipId("Croydon");
        mvc.perform(post("/admin/users").with(csrf()).with(as("admin"))
                        .param("username", username).param("displayName", "Paige User")
                        .param("email", "paige@example.org").param("password", "a-long-enough-password")
                        .param("roles", "PARTNER").param("partnershipIds", croydon))
                .andExpect(redirectedUrl("/admin/users/" + username));
        mvc.perform(get("/admin/users/" + username).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Paige User")))
                .andExpect(content().string(containsString("Croydon Healthy Communities Together partnership")))
                .andExpect(content().string(containsString("Active")));
        assertThat(Api.as(port, username, "a-long-enough-password").get("/api/v1/me").json()
                .get("partnershipIds").get(0).asText()).isEqualTo(croydon);

        mvc.perform(post("/admin/users").with(csrf()).with(as("admin"))
                        .param("username", username).param("displayName", "Paige Again")
                        .param("password", "a-long-enough-password").param("roles", "FUNDER"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("is already taken")));
    }

    @Test
    void anAdminSetsANewPasswordAndLiftsALockOut() throws Exception {
        String username = "locked.page" + Long.toString(System.nanoTime(), 36);
        assertThat(Api.demo(port, "admin").post("/api/v1/users", Map.of("username", username, "displayName",
                "Lockie Page", "password", "the-first-password", "roles", java.util.List.of("ASSESSOR"))).status())
                .isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            Api.as(port, username, "not-the-password").get("/api/v1/me");
        }
        mvc.perform(get("/admin/users/" + username).with(as("admin")))
                .andExpect(content().string(containsString("Locked")))
                .andExpect(content().string(containsString("Let them sign in again")));
        mvc.perform(post("/admin/users/" + username + "/unlock").with(csrf()).with(as("admin")))
                .andExpect(redirectedUrl("/admin/users/" + username));
        assertThat(Api.as(port, username, "the-first-password").get("/api/v1/me").status()).isEqualTo(200);

        mvc.perform(post("/admin/users/" + username + "/password").with(csrf()).with(as("admin"))
                        .param("password", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#password\"")));
        mvc.perform(post("/admin/users/" + username + "/password").with(csrf()).with(as("admin"))
                        .param("password", "the-second-password"))
                .andExpect(redirectedUrl("/admin/users/" + username));
        assertThat(Api.as(port, username, "the-second-password").get("/api/v1/me").status()).isEqualTo(200);
        mvc.perform(get("/admin/users/nobody.here").with(as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void theUserListApiPagesAndRefusesBadPaging() {
        Api admin = Api.demo(port, "admin");
        var first = admin.get("/api/v1/users?page=0&size=2").json();
        var second = admin.get("/api/v1/users?page=1&size=2").json();
        assertThat(first).hasSize(2);
        assertThat(first.get(1).get("username").asText()).isLessThan(second.get(0).get("username").asText());
        assertThat(first.toString()).doesNotContain("password");
        Api.Response bad = admin.get("/api/v1/users?size=500");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("size");
        assertThat(Api.demo(port, "manager").get("/api/v1/users").status()).isEqualTo(403);
    }

    private String partnershipId(String place) {
        for (var p : Api.demo(port, "manager").get("/api/v1/partnerships").json()) {
            if (p.get("place").asText().equals(place)) {
                return p.get("id").asText();
            }
        }
        throw new AssertionError("no partnership in " + place);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
