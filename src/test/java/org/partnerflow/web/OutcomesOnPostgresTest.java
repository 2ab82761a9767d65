package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On PostgreSQL, over the API as the people who do it: an indicator defined on an active award (a variation with a
 * reason), its first period reported, one value returned and sent again, both approved, and the approved actual on the
 * programme's roll-up with its progress. The period's end timer is run directly, as the job executor would on the day.
 */
@PostgresDemoAppTest
class OutcomesOnPostgresTest {

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @Test
    void fromIndicatorDefinitionToAnApprovedActualOnTheProgrammeRollUp() {
        ActiveAward award = ActiveAward.ahead(port);
        NewPartnership p = award.partnership();
        Api partner = p.partnerApi(port);
        Api manager = Api.demo(port, "manager");
        LocalDate start = LocalDate.now(ActiveAward.UK).plusMonths(2).withDayOfMonth(1);
        String path = "/api/v1/partnerships/" + p.partnershipId() + "/indicators";
        Map<String, Object> hubs = Map.of("title", "Residents running hubs", "unit", "PEOPLE", "direction", "INCREASE",
                "baseline", 10, "baselineDate", start.minusDays(1).toString(),
                "targets", List.of(Map.of("periodEnd", start.plusMonths(24).minusDays(1).toString(), "value", 50)));
        assertThat(partner.post(path, hubs).status()).as("a change to an active award needs a reason").isEqualTo(400);
        Api.Response created = partner.post(path, with(hubs, "reason", "Agreed at the first partnership board"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long hubsId = created.json().get("id").asLong();
        long lonely = manager.post(path, Map.of("title", "Residents who feel lonely", "unit", "PERCENT",
                "direction", "DECREASE", "baseline", 40, "baselineDate", start.minusDays(1).toString(),
                "targets", List.of(Map.of("periodEnd", start.plusMonths(24).minusDays(1).toString(), "value", 30)),
                "reason", "Asked for by the funder")).json().get("id").asLong();
        assertThat(manager.get(path + "/" + hubsId).json().get("variations").get(0).get("reason").asText())
                .isEqualTo("Agreed at the first partnership board");

        endFirstPeriod(award.id());
        String periodEnd = start.plusMonths(3).minusDays(1).toString();
        complete(award.id(), partner, "reportOutcomes", Map.of("periodEnd", periodEnd, "values", List.of(
                Map.of("indicatorId", hubsId, "value", "20", "narrative", "Two hubs opened"),
                Map.of("indicatorId", lonely, "value", "38", "narrative", "Residents' survey"))));
        complete(award.id(), manager, "reviewOutcomes", Map.of("decisions", List.of(
                Map.of("indicatorId", hubsId, "decision", "RETURN", "comments", "Which hubs?"),
                Map.of("indicatorId", lonely, "decision", "APPROVE"))));
        assertThat(indicator(manager, path, hubsId).get("actualToDate").isNull()).isTrue();
        complete(award.id(), partner, "reportOutcomes", Map.of("periodEnd", periodEnd, "values", List.of(
                Map.of("indicatorId", hubsId, "value", "20", "narrative", "Hubs at the library and the church hall"))));
        complete(award.id(), manager, "reviewOutcomes", Map.of("decisions", List.of(
                Map.of("indicatorId", hubsId, "decision", "APPROVE"))));

        assertThat(indicator(manager, path, hubsId).get("actualToDate").decimalValue()).isEqualByComparingTo("20");
        JsonNode rollUp = Api.demo(port, "funder").get("/api/v1/programmes/" + p.programmeId() + "/outcomes").json();
        JsonNode row = rollUp.get("indicators").findParents("title").stream()
                .filter(n -> n.get("title").asText().equals("Residents running hubs")).findFirst().orElseThrow();
        assertThat(row.get("totalActual").decimalValue()).isEqualByComparingTo("20");
        assertThat(row.at("/progress/percent").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(row.at("/partnerships/0/lastApprovedOn").asText()).isEqualTo(LocalDate.now(ActiveAward.UK).toString());
    }

    private void endFirstPeriod(long awardId) {
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey("outcomeReporting")
                .processInstanceBusinessKey(Long.toString(awardId)).singleResult();
        Job ends = management.createJobQuery().processInstanceId(instance.getId()).activityId("outcomePeriodEnded")
                .singleResult();
        management.executeJob(ends.getId());
    }

    private static JsonNode indicator(Api api, String path, long id) {
        return api.get(path).json().findParents("id").stream().filter(n -> n.get("id").asLong() == id).findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        var copy = new java.util.HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static void complete(long awardId, Api api, String key, Object body) {
        String id = api.get("/api/v1/tasks?size=100").json().findParents("taskDefinitionKey").stream()
                .filter(t -> t.get("taskDefinitionKey").asText().equals(key) && t.path("awardId").asLong() == awardId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " task")).get("id").asText();
        Api.Response done = api.post("/api/v1/tasks/" + id + "/complete", body);
        assertThat(done.status()).as(key + ": " + done).isEqualTo(204);
    }
}
