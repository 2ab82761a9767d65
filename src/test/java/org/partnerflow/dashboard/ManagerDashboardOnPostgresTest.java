package org.partnerflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The manager dashboard's queries (Camunda or-query, history, the batched milestone query) on PostgreSQL. */
@PostgresDemoAppTest
class ManagerDashboardOnPostgresTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoTeamsWorkReadsTheSameOnPostgres() {
        Api.Response response = Api.demo(port, "manager").get("/api/v1/dashboard/manager");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode dashboard = response.json();
        assertThat(dashboard.at("/openTasks/total").asInt()).isPositive();
        assertThat(dashboard.at("/overdue/items").findValuesAsText("dueDate")).contains("2026-10-31");
        // Gwent's first milestone evidence was reviewed when the demo loaded
        assertThat(dashboard.at("/reviewTurnaround/allTime/reviews").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(dashboard.at("/reviewTurnaround/allTime/medianDays").isNumber()).isTrue();
    }
}
