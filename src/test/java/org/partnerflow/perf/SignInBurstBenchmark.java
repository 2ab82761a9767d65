package org.partnerflow.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * API clients that send HTTP Basic on every request, for longer than the remembered sign-in lasts (profile perf,
 * never in verify): `perf.burstUsers` clients (50) call GET /api/v1/me for `perf.burstSeconds` (75, so two 30 s
 * windows pass), each pausing `perf.burstThinkMs` (500) between calls, so that latency shows the work of a
 * request rather than a queue. Counts the full password checks (bcrypt) during the run and tabulates latency per
 * five-second window, so a burst of re-hashing when remembered sign-ins run out shows as a window with slow
 * requests. Writes target/perf-results-sign-in.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:partnerflow-burst;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class SignInBurstBenchmark {

    private static final long SLOW_NANOS = TimeUnit.MILLISECONDS.toNanos(150);
    private static final int WINDOW_SECONDS = 5;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @MockitoSpyBean PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void steadyBasicClientsAreNotReHashedWhenTheirSignInWouldRunOut() throws Exception {
        int users = Integer.getInteger("perf.burstUsers", 50);
        int seconds = Integer.getInteger("perf.burstSeconds", 75);
        int think = Integer.getInteger("perf.burstThinkMs", 500);
        String hash = encoder.encode("demo");
        for (int i = 0; i < users; i++) {
            jdbc.update("insert into app_user (username, display_name, password_hash, created_at) "
                    + "values (?, ?, ?, current_timestamp)", user(i), "Burst " + i, hash);
            jdbc.update("insert into user_role (user_id, role) select id, 'FUNDER' from app_user where username = ?",
                    user(i));
        }
        for (int i = 0; i < users; i++) {
            assertThat(get(user(i))).isEqualTo(200); // each client signs in once, untimed
        }
        clearInvocations(encoder);

        int windows = (seconds + WINDOW_SECONDS - 1) / WINDOW_SECONDS;
        List<Histogram> perWindow = new ArrayList<>();
        for (int w = 0; w < windows; w++) {
            perWindow.add(new Histogram(TimeUnit.SECONDS.toNanos(30), 3));
        }
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int i = 0; i < users; i++) {
            String username = user(i);
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    int status = get(username);
                    long took = System.nanoTime() - sent;
                    int window = (int) Math.min(windows - 1, (sent - start) / TimeUnit.SECONDS.toNanos(WINDOW_SECONDS));
                    synchronized (perWindow.get(window)) {
                        perWindow.get(window).recordValue(Math.min(took, TimeUnit.SECONDS.toNanos(30)));
                    }
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                    Thread.sleep(think);
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)).isTrue();
        long passwordChecks = mockingDetails(encoder).getInvocations().stream()
                .filter(call -> call.getMethod().getName().equals("matches")).count();

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%d HTTP Basic clients, GET /api/v1/me every %d ms for %d s: %d full password checks, %d errors%n%n"
                        + "| seconds | requests | p50 ms | p95 ms | max ms | over 150 ms |%n|---|---|---|---|---|---|%n",
                users, think, seconds, passwordChecks, errors.get()));
        long slow = 0;
        for (int w = 0; w < windows; w++) {
            Histogram h = perWindow.get(w);
            long over = h.getCountBetweenValues(SLOW_NANOS, h.getHighestTrackableValue());
            slow += over;
            table.append(String.format(Locale.ROOT, "| %d-%d | %d | %.1f | %.1f | %.1f | %d |%n", w * WINDOW_SECONDS,
                    (w + 1) * WINDOW_SECONDS, h.getTotalCount(), ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(95)), ms(h.getMaxValue()), over));
        }
        table.append(String.format(Locale.ROOT, "%nAll windows: %d requests over 150 ms.%n", slow));
        System.out.println(table);
        Files.writeString(Path.of("target", "perf-results-sign-in.md"), table);

        assertThat(errors.get()).isZero();
        // A steady client renews its remembered sign-in on every use: no client is hashed again during the run.
        assertThat(passwordChecks).isZero();
    }

    private int get(String username) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String user(int i) {
        return "burst.client" + i;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
