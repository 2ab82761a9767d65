package org.partnerflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's page session reduced to its cookie: form login with the CSRF token, then pages on any node with the
 * same SESSION cookie, as behind a load balancer without sticky sessions.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private String cookie;

    /** Signs in through the login form of the node on {@code port}. */
    static PageSession signIn(int port, String username, String password) {
        PageSession session = new PageSession();
        HttpResponse<String> form = session.send(port, HttpRequest.newBuilder(URI.create(url(port, "/login"))).GET());
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the login form has a CSRF token").isTrue();
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> login = session.send(port, HttpRequest.newBuilder(URI.create(url(port, "/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(login.statusCode()).as("login answers with a redirect").isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session;
    }

    /** GET of a page on the node on {@code port} with this session's cookie. */
    HttpResponse<String> get(int port, String path) {
        return send(port, HttpRequest.newBuilder(URI.create(url(port, path))).GET());
    }

    /** The status of a page without any cookie. */
    static int anonymousStatus(int port, String path) {
        return new PageSession().get(port, path).statusCode();
    }

    String cookie() {
        return cookie;
    }

    private HttpResponse<String> send(int port, HttpRequest.Builder request) {
        if (cookie != null) {
            request.header("Cookie", "SESSION=" + cookie);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(c -> {
                Matcher m = SESSION.matcher(c);
                if (m.find()) {
                    cookie = m.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
