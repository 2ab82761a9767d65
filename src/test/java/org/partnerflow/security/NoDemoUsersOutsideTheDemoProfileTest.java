package org.partnerflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without the demo profile the app starts empty: no demo users, no default passwords, nothing to sign in with. */
// An engine name of its own: Camunda keeps engines in a static registry by name, and the webapps of the shared demo
// context look up the default engine there; this context's empty engine must not replace it (Cockpit answered 500
// to the demo admin in SessionsAndHeadersTest when this class ran after the demo context had started).
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:no-demo;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=nodemo" })
class NoDemoUsersOutsideTheDemoProfileTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AppUserRepository users;

    @Test
    void noUsersOrProgrammesExistWithoutTheDemoProfile() {
        assertThat(users.count()).isZero();
        assertThat(users.findByUsername("manager")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from programme", Integer.class)).isZero();
    }
}
