package org.partnerflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an operator reads: health with the database and the engine, the build (and, for an admin, the commit), and
 * Prometheus metrics.
 */
@DemoAppTest
class OperationsEndpointsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired RuntimeService runtime;
    @Autowired ObjectMapper json;

    @Test
    void prometheusCarriesTheEnginesGaugesAsTheEngineCountsThem() throws Exception {
        var response = mvc.perform(get("/actuator/prometheus").with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString() + response.getHeaderNames()).isEqualTo(200);
        String metrics = response.getContentAsString();
        long grantAwards = runtime.createProcessInstanceQuery().processDefinitionKey("grantAward").active().count();
        assertThat(metrics).containsPattern("partnerflow_engine_process_instances\\{[^}]*process=\"grantAward\"[^}]*\\} "
                        + (double) grantAwards)
                .contains("partnerflow_engine_incidents", "partnerflow_engine_jobs_failed", "partnerflow_engine_tasks_open",
                        "jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests");
    }

    @Test
    void healthShowsTheDatabaseAndTheEngineToAnAdminAndOnlyUpToOthers() throws Exception {
        JsonNode admin = json.readTree(mvc.perform(get("/actuator/health").with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(admin.get("status").asText()).isEqualTo("UP");
        assertThat(admin.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(admin.get("components").toString()).contains("processEngine", "jobExecutor");
        JsonNode anonymous = json.readTree(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString());
        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void infoNamesTheBuildToAnyoneAndTheCommitAndJavaOnlyToAnAdmin() throws Exception {
        JsonNode anonymous = json.readTree(mvc.perform(get("/actuator/info")).andReturn().getResponse()
                .getContentAsString());
        assertThat(anonymous.at("/build/artifact").asText()).isEqualTo("partnerflow");
        assertThat(anonymous.at("/build/version").asText()).isNotBlank();
        assertThat(anonymous.has("git")).as("no commit for an anonymous caller: " + anonymous).isFalse();
        assertThat(anonymous.has("java")).as("no runtime for an anonymous caller: " + anonymous).isFalse();

        JsonNode manager = json.readTree(mvc.perform(get("/actuator/info").with(httpBasic("manager", "demo")))
                .andReturn().getResponse().getContentAsString());
        assertThat(manager.has("git")).isFalse();

        JsonNode admin = json.readTree(mvc.perform(get("/actuator/info").with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString());
        assertThat(admin.at("/build/artifact").asText()).isEqualTo("partnerflow");
        assertThat(admin.at("/git/commit/id").asText()).as("git.properties from the build").isNotBlank();
        assertThat(admin.at("/java/version").asText()).isNotBlank();
    }

    @Test
    void metricsAreForAdminsOnly() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus").with(user(users.loadUserByUsername("manager"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo"))).andReturn().getResponse()
                .getStatus()).as("a scraper signs in with Basic").isEqualTo(200);
    }
}
