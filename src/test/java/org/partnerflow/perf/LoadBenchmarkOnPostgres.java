package org.partnerflow.perf;

import org.partnerflow.support.EmbeddedPostgresInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The load benchmark on embedded PostgreSQL (profile perf): ./mvnw -Pperf test -Dtest=LoadBenchmarkOnPostgres. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class LoadBenchmarkOnPostgres extends LoadBenchmark {

    @Override
    String database() {
        return "postgresql";
    }
}
