package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.Race;
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

        List<Api.Response> answers = Race.atOnce(THREADS, i -> manager.post("/api/v1/partnerships", Map.of(
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

}
