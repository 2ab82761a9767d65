package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * The client address that the sign-in throttle and the public form's rate limit count by comes from one place,
 * Tomcat's RemoteIpValve: X-Forwarded-For is believed from loopback (a proxy on the same host) and from nobody
 * else by default, so a client on a private network cannot pick its own address.
 */
@DemoAppTest
class ClientAddressTest {

    @LocalServerPort int port;
    @Autowired ServletWebServerApplicationContext context;

    @Test
    void onlyLoopbackIsTrustedToNameTheClient() {
        RemoteIpValve valve = Arrays.stream(((TomcatWebServer) context.getWebServer()).getTomcat().getEngine()
                        .getPipeline().getValves())
                .filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast).findFirst().orElseThrow();
        Pattern trusted = Pattern.compile(valve.getInternalProxies());
        assertThat(valve.getRemoteIpHeader()).isEqualToIgnoringCase("X-Forwarded-For");
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        for (String client : new String[] {"10.0.0.7", "192.168.1.20", "172.16.0.3", "172.31.255.1", "169.254.1.1",
                "100.64.0.1", "fd00:0:0:0:0:0:0:1", "fe80:0:0:0:0:0:0:1", "203.0.113.9"}) {
            assertThat(trusted.matcher(client).matches()).as(client + " may not name the client").isFalse();
        }
    }

    @Test
    void behindALoopbackProxyThePublicFormCountsEachClientByItsForwardedAddress() throws Exception {
        String first = "198.18." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
        String second = "198.19." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
        for (int i = 0; i < 5; i++) {
            assertThat(honeypotFrom(first)).isEqualTo(202);
        }
        assertThat(honeypotFrom(first)).as("the sixth from one client in the window").isEqualTo(429);
        assertThat(honeypotFrom(second)).as("another client behind the same proxy").isEqualTo(202);
    }

    /** A request that fills the honeypot: counted by the rate limit, stored nowhere. */
    private int honeypotFrom(String client) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/case-studies/greenwich/update-requests"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Bot\", \"email\": \"bot@example.org\", "
                        + "\"message\": \"Cheap pills\", \"website\": \"http://spam.example\"}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
