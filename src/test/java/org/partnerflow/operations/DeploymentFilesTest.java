package org.partnerflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files hold together without Docker: the compose file is valid YAML with a PostgreSQL service the
 * app waits for, every variable it needs is documented in the README, and the Dockerfile runs the packaged jar as
 * a non-root user with an ahead-of-time cache trained on the options it starts with.
 */
class DeploymentFilesTest {

    @Test
    @SuppressWarnings("unchecked")
    void theComposeFileRunsPostgresAndTheAppConfiguredByDocumentedVariables() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsOnlyKeys("db", "app");
        Map<String, Object> db = (Map<String, Object>) services.get("db");
        assertThat((String) db.get("image")).startsWith("postgres:");
        assertThat(db).containsKey("healthcheck");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        assertThat(app.get("build")).isEqualTo(".");
        assertThat(((Map<String, Map<String, String>>) app.get("depends_on")).get("db"))
                .containsEntry("condition", "service_healthy");
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                .containsKeys("PARTNERFLOW_DB_URL", "PARTNERFLOW_DB_USER", "PARTNERFLOW_DB_PASSWORD",
                        "PARTNERFLOW_INITIAL_ADMIN_PASSWORD");
        assertThat((List<String>) app.get("ports")).contains("8080:8080");

        String readme = Files.readString(Path.of("README.md"));
        for (String variable : environment.keySet()) {
            assertThat(readme).as("README documents " + variable).contains(variable);
        }
        Matcher interpolated = Pattern.compile("\\$\\{([A-Z_]+)").matcher(Files.readString(Path.of("docker-compose.yml")));
        while (interpolated.find()) {
            assertThat(readme).as("README documents " + interpolated.group(1)).contains(interpolated.group(1));
        }
    }

    @Test
    void theDockerfileRunsThePackagedJarAsANonRootUserWithAnAheadOfTimeCache() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
        assertThat(lines).anyMatch(l -> l.startsWith("FROM eclipse-temurin:25"))
                .anyMatch(l -> l.startsWith("COPY target/partnerflow-") && l.endsWith(".jar /app/partnerflow.jar"))
                .anyMatch(l -> l.startsWith("USER ") && !l.contains("root"))
                .anyMatch(l -> l.contains("-Djarmode=tools -jar /app/partnerflow.jar extract --destination /app/run"))
                .anyMatch(l -> l.contains("-XX:AOTCacheOutput=/app/run/partnerflow.aot")
                        && l.contains("-Dspring.context.exit=onRefresh"))
                .anyMatch(l -> l.startsWith("ENTRYPOINT") && l.contains("-XX:AOTCache=/app/run/partnerflow.aot")
                        && l.contains("/app/run/partnerflow.jar"));
        // A cache only fits starts with the options it was trained with, so they are set before the training start.
        int options = indexOf(lines, "ENV JAVA_TOOL_OPTIONS=");
        int training = indexOf(lines, "RUN java -Djarmode=tools");
        assertThat(options).as("JAVA_TOOL_OPTIONS set before the training start").isNotNegative().isLessThan(training);
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
