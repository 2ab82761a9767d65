package org.partnerflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without the demo profile the app starts empty: no demo users, no default passwords, nothing to sign in with. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:no-demo;DB_CLOSE_DELAY=-1")
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
