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

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The edit form on /admin/users/{username}: an admin changes a user and switches them off, errors name their fields,
 * a stale form and the last active admin are refused with 409; and a page session follows its account: new roles
 * apply at the next page, a user switched off is sent to sign in.
 */
@DemoAppTest
class AdminUserEditPageTest {

    private static final String PASSWORD = "a-long-enough-password";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void anAdminEditsAUserAndSwitchesThemOff() throws Exception {
        String username = newUser("FUNDER");
        String page = mvc.perform(get("/admin/users/" + username).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Page Person\"")))
                .andExpect(content().string(containsString("value=\"FUNDER\" checked")))
                .andExpect(content().string(containsString("value=\"true\" checked")))
                .andExpect(content().string(containsString(">Funder<")))
                .andReturn().getResponse().getContentAsString();
        String version = version(page);

        mvc.perform(post("/admin/users/" + username).with(csrf()).with(as("admin"))
                        .param("displayName", "").param("email", "not-an-address").param("active", "true")
                        .param("version", version))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: " + username)))
                .andExpect(content().string(containsString("href=\"#displayName\"")))
                .andExpect(content().string(containsString("href=\"#roles\"")))
                .andExpect(content().string(containsString("value=\"not-an-address\"")));

        mvc.perform(post("/admin/users/" + username).with(csrf()).with(as("admin"))
                        .param("displayName", "Paige Renamed").param("email", "paige@example.org")
                        .param("roles", "FUNDER").param("roles", "ASSESSOR").param("active", "true")
                        .param("version", version))
                .andExpect(redirectedUrl("/admin/users/" + username));
        page = mvc.perform(get("/admin/users/" + username).with(as("admin")))
                .andExpect(content().string(containsString("Paige Renamed")))
                .andExpect(content().string(containsString("value=\"ASSESSOR\" checked")))
                .andReturn().getResponse().getContentAsString();
        assertThat(version(page)).isNotEqualTo(version);

        mvc.perform(post("/admin/users/" + username).with(csrf()).with(as("admin"))
                        .param("displayName", "From An Old Page").param("roles", "FUNDER").param("active", "true")
                        .param("version", version))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("value=\"Paige Renamed\"")));

        mvc.perform(post("/admin/users/" + username).with(csrf()).with(as("admin"))
                        .param("displayName", "Paige Renamed").param("roles", "FUNDER").param("active", "false")
                        .param("version", version(page)))
                .andExpect(redirectedUrl("/admin/users/" + username));
        mvc.perform(get("/admin/users/" + username).with(as("admin")))
                .andExpect(content().string(containsString("Switched off")))
                .andExpect(content().string(containsString("value=\"false\" checked")));
        assertThat(Api.as(port, username, PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theLastActiveAdminCannotBeSwitchedOffFromThePage() throws Exception {
        String page = mvc.perform(get("/admin/users/admin").with(as("admin"))).andReturn().getResponse()
                .getContentAsString();
        mvc.perform(post("/admin/users/admin").with(csrf()).with(as("admin"))
                        .param("displayName", "Ada Admin").param("roles", "ADMIN").param("active", "false")
                        .param("version", version(page)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("href=\"#active\"")))
                .andExpect(content().string(containsString("last active administrator")))
                .andExpect(content().string(not(containsString("Switched off"))));
        mvc.perform(post("/admin/users/admin").with(csrf()).with(as("manager")).param("active", "false"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPageSessionTakesNewRolesAtOnceAndEndsWhenTheUserIsSwitchedOff() throws Exception {
        String username = newUser("FUNDER");
        HttpClient browser = signedIn(username);
        assertThat(fetch(browser, "/admin/users").statusCode()).isEqualTo(403);

        assertThat(admin().patch("/api/v1/users/" + username, Map.of("roles", List.of("FUNDER", "ADMIN")))
                .status()).isEqualTo(200);
        assertThat(fetch(browser, "/admin/users").statusCode()).isEqualTo(200);
        assertThat(admin().patch("/api/v1/users/" + username, Map.of("roles", List.of("FUNDER"))).status())
                .isEqualTo(200);
        assertThat(fetch(browser, "/admin/users").statusCode()).isEqualTo(403);
        assertThat(fetch(browser, "/").statusCode()).isEqualTo(200);

        assertThat(admin().patch("/api/v1/users/" + username, Map.of("active", false)).status()).isEqualTo(200);
        HttpResponse<String> home = fetch(browser, "/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(fetch(browser, "/").headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(fetch(client, "/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private HttpResponse<String> fetch(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String version(String page) {
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as("the edit form's version").isTrue();
        return version.group(1);
    }

    private String newUser(String role) {
        String username = "page.edit" + Long.toString(System.nanoTime(), 36);
        assertThat(admin().post("/api/v1/users", Map.of("username", username, "displayName", "Page Person",
                "password", PASSWORD, "roles", List.of(role))).status()).isEqualTo(201);
        return username;
    }

    private Api admin() {
        return Api.demo(port, "admin");
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
