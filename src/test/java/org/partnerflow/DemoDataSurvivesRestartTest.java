package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The local default keeps its data in an H2 file: what was there survives a restart, and the demo data is
 * loaded once, not again on the second start.
 */
class DemoDataSurvivesRestartTest {

    @TempDir
    Path data;

    @Test
    void dataInTheH2FileSurvivesARestartAndTheDemoLoadsOnce() {
        String url = "jdbc:h2:file:" + data.resolve("partnerflow").toAbsolutePath();
        int programmesAfterFirstStart;
        try (ConfigurableApplicationContext first = start(url)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            programmesAfterFirstStart = count(jdbc, "programme");
            assertThat(programmesAfterFirstStart).isEqualTo(2);
            jdbc.update("update programme set title = 'Renamed before the restart' where code = 'IOP'");
        }
        try (ConfigurableApplicationContext second = start(url)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "programme")).isEqualTo(programmesAfterFirstStart);
            assertThat(count(jdbc, "partnership")).isEqualTo(7);
            assertThat(count(jdbc, "app_user")).isEqualTo(12);
            assertThat(jdbc.queryForObject("select title from programme where code = 'IOP'", String.class))
                    .isEqualTo("Renamed before the restart");
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        // Command-line arguments, not default properties: application.yml's own datasource URL (./data) would win
        // over those, and the test would read and write the developer's local database.
        return new SpringApplicationBuilder(PartnerflowApplication.class)
                .profiles("demo")
                .run("--spring.datasource.url=" + url, "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                        "--spring.jmx.enabled=false");
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
