package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.partnerflow.support.Api;

/**
 * An award of the test's own made ACTIVE through the API by the people who do it: its partner proposes £300,000.00
 * over 24 months in three tranches of £100,000.00, the demo assessor scores it, the demo funder approves it, the
 * partner accepts. Its milestones' delivery then starts, one process per milestone. Dates are relative to today,
 * so an award planned ahead stays ahead and one planned in the past has its due dates and its end behind it.
 */
record ActiveAward(NewPartnership partnership, long id, String reference, List<Milestone> milestones) {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final String TRANCHE = "100000.00";

    /** One milestone of the plan. */
    record Milestone(long id, String title, LocalDate dueDate) {
    }

    /** Starts on the first of the month after next: nothing is due yet. */
    static ActiveAward ahead(int port) {
        return create(port, LocalDate.now(UK).plusMonths(2).withDayOfMonth(1));
    }

    /** Started 26 months ago, so it ended two months ago and every milestone is already past its due date. */
    static ActiveAward behind(int port) {
        return behind(port, p -> { });
    }

    /** As {@link #behind(int)}, with the partnership made ready first (its indicators, say) before the award starts. */
    static ActiveAward behind(int port, java.util.function.Consumer<NewPartnership> beforeTheAward) {
        return create(port, LocalDate.now(UK).minusMonths(26).withDayOfMonth(1), beforeTheAward);
    }

    static ActiveAward create(int port, LocalDate start) {
        return create(port, start, p -> { });
    }

    private static ActiveAward create(int port, LocalDate start, java.util.function.Consumer<NewPartnership> first) {
        NewPartnership p = NewPartnership.create(port);
        first.accept(p);
        long awardId = assessed(port, p, start);
        Api partner = p.partnerApi(port);
        complete(Api.demo(port, "funder"), "decideAward", p, Map.of("decision", "APPROVE", "amountAwarded", "300000.00"));
        complete(partner, "acceptOffer", p, Map.of("accept", true));

        JsonNode award = partner.get("/api/v1/awards/" + awardId).json();
        assertThat(award.get("status").asText()).isEqualTo("ACTIVE");
        List<Milestone> milestones = new ArrayList<>();
        for (JsonNode m : award.get("milestones")) {
            milestones.add(new Milestone(m.get("id").asLong(), m.get("title").asText(), LocalDate.parse(m.get("dueDate").asText())));
        }
        return new ActiveAward(p, awardId, award.get("reference").asText(), milestones);
    }

    /**
     * The award as the panel gets it: proposed by the partnership (£300,000.00 over 24 months, £150,000.00 a year, three
     * tranches of £100,000.00) and assessed, its funders' decideAward task open. Returns the award's id.
     */
    static long assessed(int port, NewPartnership p, LocalDate start) {
        Api partner = p.partnerApi(port);
        Api.Response started = partner.post("/api/v1/awards", Map.of("partnershipId", p.partnershipId()));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long awardId = started.json().get("id").asLong();

        String[] titles = {"Hubs open in the first neighbourhood", "Hubs open in all three neighbourhoods",
                "Residents' review of the hubs"};
        LocalDate[] dues = {start.plusMonths(6).minusDays(1), start.plusMonths(12).minusDays(1),
                start.plusMonths(24).minusDays(1)};
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            plan.add(Map.of("title", titles[i], "dueDate", dues[i].toString(),
                    "evidenceExpected", "Photos, attendance and residents' own account.", "trancheAmount", TRANCHE));
        }
        complete(partner, "submitProposal", p, Map.of("summary", "Residents in three neighbourhoods run their own hubs.",
                "communityAims", List.of("Residents run activity in their own streets"),
                "amountRequested", "300000.00", "startDate", start.toString(), "durationMonths", 24,
                "budgetByYear", List.of(Map.of("year", 1, "amount", "150000.00"), Map.of("year", 2, "amount", "150000.00")),
                "milestones", plan));

        Api assessor = Api.demo(port, "assessor");
        String assessTask = taskId(assessor, "assessProposal", p);
        List<Map<String, Object>> scores = new ArrayList<>();
        for (JsonNode criterion : assessor.get("/api/v1/tasks/" + assessTask).json().at("/data/criteria")) {
            scores.add(Map.of("criterion", criterion.get("name").asText(), "score", 4, "comment", "Clear and well evidenced."));
        }
        complete(assessor, "assessProposal", p, Map.of("scores", scores, "recommendation", "FUND", "noConflictOfInterest", true));
        return awardId;
    }

    Milestone milestone(int index) {
        return milestones.get(index);
    }

    Api partnerApi(int port) {
        return partnership.partnerApi(port);
    }

    /** The id of the caller's task of this kind for this award's partnership (and milestone, when given). */
    String taskId(Api api, String key, Long milestoneId) {
        return taskId(api, key, partnership, milestoneId);
    }

    /** Completes the caller's task of this kind for this award's partnership (and milestone, when given). */
    void complete(Api api, String key, Long milestoneId, Object body) {
        Api.Response done = api.post("/api/v1/tasks/" + taskId(api, key, milestoneId) + "/complete", body);
        assertThat(done.status()).as(key + ": " + done).isEqualTo(204);
    }

    /**
     * Waits for the demo app's job executor to run jobs that are already due (the timers of an award planned in
     * the past): no clock is moved and no time has to pass, only the executor has to pick them up.
     */
    static void awaitJobs(String what, BooleanSupplier reached) {
        Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(reached::getAsBoolean);
    }

    private static void complete(Api api, String key, NewPartnership p, Object body) {
        Api.Response done = api.post("/api/v1/tasks/" + taskId(api, key, p) + "/complete", body);
        assertThat(done.status()).as(key + ": " + done).isEqualTo(204);
    }

    static String taskId(Api api, String key, NewPartnership p) {
        return taskId(api, key, p, null);
    }

    private static String taskId(Api api, String key, NewPartnership p, Long milestoneId) {
        for (JsonNode task : api.get("/api/v1/tasks?taskDefinitionKey=" + key + "&partnershipId=" + p.partnershipId()).json()) {
            if (milestoneId == null || String.valueOf(milestoneId).equals(task.get("businessKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError("no " + key + " task for partnership " + p.partnershipId() + " and milestone " + milestoneId);
    }
}
