package org.partnerflow.scale;

import org.partnerflow.PartnerflowApplication;
import org.springframework.boot.SpringApplication;

/**
 * Partnerflow with the scale data (profile scale, ScaleDataRunner), run from the test classpath, since the generator
 * is test code and not in the jar: {@code ./mvnw spring-boot:test-run} with the generator's settings as
 * {@code -Dspring-boot.run.arguments}, e.g. --partnerflow.scale.partnerships=1000 --partnerflow.scale.programmes=10
 * (docs/performance.md, Scale data). The plugin adds the demo profile, as for spring-boot:run; add postgres to
 * --spring.profiles.active for PostgreSQL.
 */
public final class ScaleApplication {

    private ScaleApplication() {
    }

    public static void main(String[] args) {
        SpringApplication.from(PartnerflowApplication::main).withAdditionalProfiles("scale").run(args);
    }
}
