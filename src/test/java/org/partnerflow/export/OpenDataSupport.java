package org.partnerflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerflow.support.Api;

/** Publishing the demo programmes' grants through the API for a test, and taking them down again afterwards. */
final class OpenDataSupport {

    private OpenDataSupport() {
    }

    /** The demo programmes with accepted awards, by id, with the prefix each is published under. */
    static Map<Long, String> publishEveryProgrammeWithGrants(Api manager) {
        Map<Long, String> published = new LinkedHashMap<>();
        for (JsonNode programme : manager.get("/api/v1/programmes").json()) {
            long id = programme.get("id").asLong();
            if (manager.get("/api/v1/export/360giving.json?programmeId=" + id).json().get("grants").isEmpty()) {
                continue;
            }
            String prefix = programme.at("/openData/grantIdPrefix").isTextual()
                    ? programme.at("/openData/grantIdPrefix").asText() : "360G-pftest" + id;
            Api.Response changed = publish(manager, id, true, prefix);
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            published.put(id, prefix);
        }
        assertThat(published).as("the demo has programmes with grants").isNotEmpty();
        return published;
    }

    static Api.Response publish(Api manager, long programmeId, boolean publish, String prefix) {
        long version = manager.get("/api/v1/programmes/" + programmeId).json().get("version").asLong();
        Map<String, Object> openData = new LinkedHashMap<>();
        openData.put("publish", publish);
        if (prefix != null) {
            openData.put("grantIdPrefix", prefix);
        }
        return manager.patch("/api/v1/programmes/" + programmeId, Map.of("version", version, "openData", openData));
    }

    /** Takes every demo programme out of the public file again, so other tests find nothing published. */
    static void unpublishAll(Api manager) {
        for (JsonNode programme : manager.get("/api/v1/programmes").json()) {
            if (programme.at("/openData/publish").asBoolean()) {
                assertThat(publish(manager, programme.get("id").asLong(), false, null).status()).isEqualTo(200);
            }
        }
    }

    static List<String> ids(JsonNode grantPackage) {
        List<String> ids = new ArrayList<>();
        grantPackage.get("grants").forEach(g -> ids.add(g.get("id").asText()));
        return ids;
    }

    /** A client signed in through the sign-in page, holding its session cookie. */
    static HttpClient signedIn(int port, String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }
}
