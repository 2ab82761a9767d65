package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Partnerships created at the same moment that name the same new organisation all succeed and share one row of it
 * (issue 24, item 4): on PostgreSQL the organisation's insert skips a duplicate org-id instead of failing the
 * request with a broken data rule.
 */
@PostgresDemoAppTest
class SameNewOrganisationOnPostgresTest {

    static final int THREADS = 8;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void parallelPartnershipsNamingOneNewOrganisationAllSucceedAndShareIt() throws Exception {
        NewPartnership first = NewPartnership.create(port);
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String orgId = "GB-CHC-R" + tag;
        Map<String, Object> shared = Map.of("name", "Shared Charity " + tag, "type", "VCSE", "orgId", orgId);
        Api manager = Api.demo(port, "manager");

        List<Api.Response> answers = race(THREADS, i -> manager.post("/api/v1/partnerships", Map.of(
                "programmeId", first.programmeId(), "name", "Race " + tag + " " + i, "place", "Race " + i,
                "leadOrganisation", shared,
                "members", List.of(Map.of("organisation", Map.of("name", "Race Council " + tag, "type",
                        "LOCAL_AUTHORITY", "orgId", "GB-LAE-R" + tag), "role", "Council")))));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
        assertThat(jdbc.queryForObject("select count(*) from organisation where org_id = ?", Long.class, orgId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from organisation where org_id = ?", Long.class,
                "GB-LAE-R" + tag)).isEqualTo(1);
        assertThat(answers.stream().map(a -> a.json().get("leadOrganisation").get("id").asLong()).distinct())
                .hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ORGANISATION_CREATED' "
                + "and summary like ?", Long.class, "%" + orgId + "%")).isEqualTo(1);
    }

    private static <T> List<T> race(int n, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<T> task = () -> {
                ready.countDown();
                go.await();
                return call.apply(index);
            };
            futures.add(pool.submit(task));
        }
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }
}
