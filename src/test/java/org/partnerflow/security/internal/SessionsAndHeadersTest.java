package org.partnerflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP, as a browser sees it: a new session id at sign-in, session cookies HttpOnly and SameSite=Lax and
 * Secure when the request came over TLS (X-Forwarded-Proto from a proxy), HSTS only then, the pages' content security
 * policy and the other headers, and Camunda's webapps with their own policy that still forbids framing.
 */
@DemoAppTest
class SessionsAndHeadersTest {

    /** The pages' policy as the docs promise it, written out: only the app's own sources, never framed. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @LocalServerPort
    int port;

    @Test
    void signingInGivesANewSessionId() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> login = get(browser, "/login", null);
        String before = sessionId(login);
        assertThat(before).isNotNull();

        HttpResponse<String> signedIn = signIn(browser, "manager", csrf(login.body()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = sessionId(signedIn);
        assertThat(after).as("the session id planted before sign-in is replaced").isNotNull().isNotEqualTo(before);
        assertThat(get(browser, "/tasks", null).statusCode()).isEqualTo(200);
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSiteAndSecureOnlyOverTls() throws Exception {
        String plain = cookie(get(browser(), "/login", null));
        assertThat(plain).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        String overTls = cookie(get(browser(), "/login", "https"));
        assertThat(overTls).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Secure");
    }

    @Test
    void strictTransportSecurityOnlyWhenTheRequestCameOverTls() throws Exception {
        assertThat(get(browser(), "/login", null).headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(get(browser(), "/login", "https").headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(get(browser(), "/api/v1/case-studies", "https").headers().firstValue("Strict-Transport-Security"))
                .isPresent();
    }

    @Test
    void pagesAllowOnlyTheAppsOwnScriptsAndStylesAndAreNeverFramed() throws Exception {
        HttpResponse<String> page = get(browser(), "/case-studies", null);
        assertThat(page.headers().allValues("Content-Security-Policy")).containsExactly(PAGE_POLICY);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.body()).as("no inline script or style the policy would block")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("<style").doesNotContain(" style=");

        HttpResponse<String> api = get(browser(), "/api/v1/case-studies", null);
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void camundasWebappsKeepTheirOwnPolicyWhichForbidsFramingToo() throws Exception {
        HttpClient admin = browser();
        signIn(admin, "admin", csrf(get(admin, "/login", null).body()));
        HttpResponse<String> cockpit = get(admin, "/camunda/app/cockpit/default/", null);
        assertThat(cockpit.statusCode()).isEqualTo(200);
        List<String> policies = cockpit.headers().allValues("Content-Security-Policy");
        assertThat(policies).hasSize(1).doesNotContain(PAGE_POLICY);
        assertThat(policies.get(0)).contains("frame-ancestors 'none'");
        assertThat(cockpit.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient client, String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(HttpClient client, String username, String csrf) throws Exception {
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String sessionId(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';'))).findFirst().orElse(null);
    }
}
