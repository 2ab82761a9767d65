package org.partnerflow.web;

import org.junit.jupiter.api.Test;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The parallel completion race of ConcurrentRequestsOnPostgresTest on H2, the database of ./mvnw spring-boot:run:
 * a completion takes the task row's lock (SELECT FOR UPDATE) before its writes, so exactly one of eight wins and the
 * losers get 409 with nothing of theirs stored.
 */
@DemoAppTest
class ParallelCompletionOnH2Test {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void parallelCompletionsOfOneTaskHaveExactlyOneWinnerOnH2Too() throws Exception {
        ConcurrentRequestsOnPostgresTest.oneWinnerAmongParallelCompletions(port, jdbc);
    }
}
