package org.partnerflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnerflow.support.Api;

/**
 * A bounded load of workflow steps over the REST API, as people would do them: each of a few partnerships takes an
 * award from its start to its first tranche paid, ten steps (start, propose, assess, decide, accept, re-plan the
 * second milestone into the past so its timers are due at once, submit and approve evidence, propose and approve
 * the release). A step counts as acknowledged only when the node answered 2xx; those are what must survive a crash.
 */
final class AwardWorkload {

    static final String MANAGER = "manager.rel";
    static final String FUNDER = "funder.rel";
    static final String ASSESSOR = "assessor.rel";
    static final String PASSWORD = "reliability-password";
    static final ZoneId UK = ZoneId.of("Europe/London");
    /** Started two months ago: nothing is due at activation, and a re-plan to yesterday stays inside the period. */
    static final LocalDate START = LocalDate.now(UK).minusMonths(2).withDayOfMonth(1);
    static final LocalDate YESTERDAY = LocalDate.now(UK).minusDays(1);
    static final String[] STEPS = {"startAward", "submitProposal", "assessProposal", "decideAward", "acceptOffer",
            "replanSecondMilestone", "submitMilestoneEvidence", "reviewMilestoneEvidence", "proposeTrancheRelease",
            "approveTrancheRelease"};
    static final List<String> CRITERIA = List.of("Community voice and power", "Strength of the partnership",
            "Deliverability of the plan", "Value for money", "Learning and sharing");

    /** Which node serves a request: the test's load balancer. */
    interface Router {
        int port(Partner partner, int step);
    }

    /** A step the node acknowledged with 2xx: what it was and what it named (award id, task id, milestone id). */
    record Ack(int partner, int step, String id, int port) {
        String name() {
            return STEPS[step];
        }
    }

    /** One partnership and how far its script has been acknowledged. */
    static final class Partner {
        final int index;
        final long partnershipId;
        final String username;
        volatile long awardId;
        volatile List<Long> milestones = List.of();
        final AtomicInteger acknowledged = new AtomicInteger(-1);

        Partner(int index, long partnershipId, String username) {
            this.index = index;
            this.partnershipId = partnershipId;
            this.username = username;
        }
    }

    final long programmeId;
    final List<Partner> partners;
    final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();

    private AwardWorkload(long programmeId, List<Partner> partners) {
        this.programmeId = programmeId;
        this.partners = partners;
    }

    /** Staff users, a programme and {@code count} partnerships with a partner user each, made by the admin. */
    static AwardWorkload setUp(int port, String adminPassword, int count) {
        Api admin = Api.as(port, "admin", adminPassword);
        createUser(admin, MANAGER, "PROGRAMME_MANAGER", null);
        createUser(admin, FUNDER, "FUNDER", null);
        createUser(admin, ASSESSOR, "ASSESSOR", null);
        Api manager = Api.as(port, MANAGER, PASSWORD);
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        Api.Response programme = manager.post("/api/v1/programmes", Map.of(
                "code", "REL-" + tag, "title", "Reliability programme " + tag,
                "funder", Map.of("name", "Reliability Fund " + tag, "type", "FUNDER", "orgId", "360G-REL" + tag),
                "totalBudget", 20000000.00, "awardCap", 450000.00, "maxDurationMonths", 36,
                "learningReviewCadenceMonths", 6, "requiredMemberTypes", List.of("NHS_BODY", "LOCAL_AUTHORITY", "VCSE")));
        assertThat(programme.status()).as(programme.toString()).isEqualTo(201);
        long programmeId = programme.json().get("id").asLong();
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String p = tag + i;
            Map<String, Object> lead = Map.of("name", "Reliability Voluntary Action " + p, "type", "VCSE",
                    "orgId", "GB-CHC-R" + p);
            Api.Response partnership = manager.post("/api/v1/partnerships", Map.of(
                    "programmeId", programmeId, "name", "Reliability " + p, "place", "Place " + p,
                    "leadOrganisation", lead,
                    "members", List.of(Map.of("organisation", lead, "role", "Lead partner"),
                            Map.of("organisation", Map.of("name", "Reliability Council " + p, "type", "LOCAL_AUTHORITY",
                                    "orgId", "GB-LAE-R" + p), "role", "Local authority partner"),
                            Map.of("organisation", Map.of("name", "Reliability NHS Trust " + p, "type", "NHS_BODY",
                                    "orgId", "GB-NHS-R" + p), "role", "Health partner")),
                    "communityAims", List.of("Residents run activity in their own streets")));
            assertThat(partnership.status()).as(partnership.toString()).isEqualTo(201);
            long partnershipId = partnership.json().get("id").asLong();
            String username = "partner.rel" + p.toLowerCase();
            createUser(admin, username, "PARTNER", partnershipId);
            partners.add(new Partner(i, partnershipId, username));
        }
        return new AwardWorkload(programmeId, partners);
    }

    /**
     * Runs the partner's remaining steps. With {@code resuming}, the first step may already have been done by a
     * request that committed but whose answer was lost in a crash: it is then skipped, never done twice.
     * Throws when a node does not answer (it was killed): the step stays unacknowledged.
     */
    void run(Partner partner, Router router, boolean resuming) {
        boolean mayBeDone = resuming;
        for (int step = partner.acknowledged.get() + 1; step < STEPS.length; step++) {
            int port = router.port(partner, step);
            String id = step(partner, step, port, mayBeDone);
            mayBeDone = false;
            if (id != null) {
                acks.add(new Ack(partner.index, step, id, port));
            }
            partner.acknowledged.set(step);
        }
    }

    /** Does one step; the id it names, or null when it had been done already. */
    private String step(Partner p, int step, int port, boolean mayBeDone) {
        Api partner = Api.as(port, p.username, PASSWORD);
        Api manager = Api.as(port, MANAGER, PASSWORD);
        Api funder = Api.as(port, FUNDER, PASSWORD);
        switch (step) {
            case 0 -> {
                if (mayBeDone && findAward(manager, p)) {
                    return null;
                }
                Api.Response started = partner.post("/api/v1/awards", Map.of("partnershipId", p.partnershipId));
                expect(started, 201, p, step);
                p.awardId = started.json().get("id").asLong();
                return String.valueOf(p.awardId);
            }
            case 1 -> {
                ensureAward(manager, p);
                return complete(partner, p, step, "submitProposal", null, mayBeDone, proposal());
            }
            case 2 -> {
                List<Map<String, Object>> scores = new ArrayList<>();
                CRITERIA.forEach(c -> scores.add(Map.of("criterion", c, "score", 4)));
                return complete(Api.as(port, ASSESSOR, PASSWORD), p, step, "assessProposal", null, mayBeDone,
                        Map.of("scores", scores, "recommendation", "FUND", "noConflictOfInterest", true));
            }
            case 3 -> {
                return complete(funder, p, step, "decideAward", null, mayBeDone,
                        Map.of("decision", "APPROVE", "amountAwarded", "300000.00"));
            }
            case 4 -> {
                return complete(partner, p, step, "acceptOffer", null, mayBeDone, Map.of("accept", true));
            }
            case 5 -> {
                long second = milestones(manager, p).get(1);
                if (mayBeDone && manager.get("/api/v1/milestones/" + second).json().get("variations").size() > 0) {
                    return null;
                }
                Api.Response replanned = manager.post("/api/v1/milestones/" + second + "/variations", Map.of(
                        "dueDate", YESTERDAY.toString(), "reason", "Agreed with the partnership: report it now"));
                expect(replanned, 200, p, step);
                return String.valueOf(second);
            }
            case 6 -> {
                return complete(partner, p, step, "submitMilestoneEvidence", milestones(manager, p).get(0), mayBeDone,
                        Map.of("narrative", "The first hub is open.", "links", List.of("https://example.org/hub")));
            }
            case 7 -> {
                return complete(manager, p, step, "reviewMilestoneEvidence", milestones(manager, p).get(0), mayBeDone,
                        Map.of("decision", "APPROVE"));
            }
            case 8 -> {
                return complete(manager, p, step, "proposeTrancheRelease", milestones(manager, p).get(0), mayBeDone,
                        Map.of("amount", "100000.00"));
            }
            case 9 -> {
                return complete(funder, p, step, "approveTrancheRelease", milestones(manager, p).get(0), mayBeDone,
                        Map.of("decision", "RELEASE"));
            }
            default -> throw new IllegalArgumentException("no step " + step);
        }
    }

    private String complete(Api api, Partner p, int step, String key, Long milestoneId, boolean mayBeDone, Object body) {
        String task = taskId(api, key, p, milestoneId);
        if (task == null) {
            if (mayBeDone) {
                return null;
            }
            throw new AssertionError("no " + key + " task for partnership " + p.partnershipId);
        }
        expect(api.post("/api/v1/tasks/" + task + "/complete", body), 204, p, step);
        return task;
    }

    private static String taskId(Api api, String key, Partner p, Long milestoneId) {
        Api.Response tasks = api.get("/api/v1/tasks?size=200&taskDefinitionKey=" + key + "&partnershipId=" + p.partnershipId);
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        for (JsonNode task : tasks.json()) {
            if (milestoneId == null || String.valueOf(milestoneId).equals(task.get("businessKey").asText())) {
                return task.get("id").asText();
            }
        }
        return null;
    }

    private static boolean findAward(Api api, Partner p) {
        JsonNode awards = api.get("/api/v1/awards?partnershipId=" + p.partnershipId).json();
        if (awards.isEmpty()) {
            return false;
        }
        p.awardId = awards.get(0).get("id").asLong();
        return true;
    }

    private static void ensureAward(Api api, Partner p) {
        if (p.awardId == 0 && !findAward(api, p)) {
            throw new AssertionError("partnership " + p.partnershipId + " has no award");
        }
    }

    private static List<Long> milestones(Api api, Partner p) {
        if (p.milestones.isEmpty()) {
            ensureAward(api, p);
            List<Long> ids = new ArrayList<>();
            api.get("/api/v1/awards/" + p.awardId).json().get("milestones").forEach(m -> ids.add(m.get("id").asLong()));
            p.milestones = List.copyOf(ids);
        }
        return p.milestones;
    }

    private static void expect(Api.Response response, int status, Partner p, int step) {
        assertThat(response.status()).as("%s of partnership %d: %s", STEPS[step], p.partnershipId, response)
                .isEqualTo(status);
    }

    private static Map<String, Object> proposal() {
        List<Map<String, Object>> plan = new ArrayList<>();
        String[] titles = {"First hub open", "All hubs open", "Residents' review"};
        int[] months = {6, 12, 24};
        for (int i = 0; i < titles.length; i++) {
            plan.add(Map.of("title", titles[i], "dueDate", START.plusMonths(months[i]).minusDays(1).toString(),
                    "evidenceExpected", "Photos and residents' own account.", "trancheAmount", "100000.00"));
        }
        return Map.of("summary", "Residents run their own hubs.",
                "communityAims", List.of("Residents run activity in their own streets"),
                "amountRequested", "300000.00", "startDate", START.toString(), "durationMonths", 24,
                "budgetByYear", List.of(Map.of("year", 1, "amount", "150000.00"), Map.of("year", 2, "amount", "150000.00")),
                "milestones", plan);
    }

    private static void createUser(Api admin, String username, String role, Long partnershipId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName",
                "Rel " + username, "email", username + "@example.org", "password", PASSWORD, "roles", List.of(role)));
        if (partnershipId != null) {
            body.put("partnershipIds", List.of(partnershipId));
        }
        Api.Response created = admin.post("/api/v1/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
}
