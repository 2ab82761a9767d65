package org.partnerflow.perf;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The load benchmark on H2 (profile perf): ./mvnw -Pperf test -Dtest=LoadBenchmarkOnH2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:partnerflow-perf;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class LoadBenchmarkOnH2 extends LoadBenchmark {

    @Override
    String database() {
        return "h2";
    }
}
