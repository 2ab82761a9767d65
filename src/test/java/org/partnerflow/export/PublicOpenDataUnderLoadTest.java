package org.partnerflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.partnerflow.support.Race;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two hundred clients fetch the public 360Giving file at the same moment from the real server on loopback: every
 * one gets it (no rate limit, no error, served from the cache), and a signed-in request made among them answers.
 */
@DemoAppTest
class PublicOpenDataUnderLoadTest {

    static final int CLIENTS = 200;

    @LocalServerPort int port;

    /** The answer to one client: its status and how much it got, or how long the signed-in request took. */
    record Answer(boolean signedIn, int status, int length, Duration took) {
    }

    @Test
    void twoHundredClientsGetTheFilesWhileASignedInRequestAnswers() throws Exception {
        Api manager = Api.demo(port, "manager");
        try {
            OpenDataSupport.publishEveryProgrammeWithGrants(manager);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            List<Answer> answers = Race.atOnce(CLIENTS + 1, i -> {
                long start = System.nanoTime();
                if (i == CLIENTS) {
                    Api.Response me = manager.get("/api/v1/me");
                    return new Answer(true, me.status(), me.body().length(), Duration.ofNanos(System.nanoTime() - start));
                }
                String file = i % 2 == 0 ? "/open-data/360giving.json" : "/open-data/360giving.csv";
                try {
                    HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + file)).timeout(Duration.ofSeconds(60)).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    return new Answer(false, response.statusCode(), response.body().length,
                            Duration.ofNanos(System.nanoTime() - start));
                } catch (Exception e) {
                    return new Answer(false, -1, 0, Duration.ofNanos(System.nanoTime() - start));
                }
            });
            List<Answer> files = answers.stream().filter(a -> !a.signedIn()).toList();
            assertThat(files).hasSize(CLIENTS).allSatisfy(a -> {
                assertThat(a.status()).isEqualTo(200);
                assertThat(a.length()).isPositive();
            });
            Answer signedIn = answers.get(CLIENTS);
            assertThat(signedIn.status()).as("the signed-in request among the crowd").isEqualTo(200);
            assertThat(signedIn.took()).as("and it answers promptly").isLessThan(Duration.ofSeconds(20));
        } finally {
            OpenDataSupport.unpublishAll(manager);
        }
    }
}
