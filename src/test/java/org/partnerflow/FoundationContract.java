package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.Api.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The foundation's contract as an integrator and a signed-in person meet it: who sees what, what bad input
 * gets, and that a refused request writes nothing. Runs once on H2 and once on PostgreSQL.
 */
abstract class FoundationContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    Api manager;
    Api croydon;
    long coventryId;
    long croydonId;
    long hctId;
    long iopId;

    @BeforeEach
    void demoData() {
        manager = Api.demo(port, "manager");
        croydon = Api.demo(port, "partner.croydon");
        for (JsonNode p : manager.get("/api/v1/partnerships").json()) {
            switch (p.get("place").asText()) {
                case "Coventry" -> coventryId = p.get("id").asLong();
                case "Croydon" -> croydonId = p.get("id").asLong();
                default -> { }
            }
        }
        for (JsonNode p : manager.get("/api/v1/programmes").json()) {
            switch (p.get("code").asText()) {
                case "HCT" -> hctId = p.get("id").asLong();
                case "IOP" -> iopId = p.get("id").asLong();
                default -> { }
            }
        }
        assertThat(List.of(coventryId, croydonId, hctId, iopId)).doesNotContain(0L);
    }

    @Test
    void anonymousCallersGet401ProblemsFromTheApiAndTheEngine() {
        Api anonymous = Api.anonymous(port);
        for (String path : List.of("/api/v1/me", "/api/v1/programmes", "/api/v1/partnerships",
                "/api/v1/partnerships/" + coventryId)) {
            Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(anonymous.post("/api/v1/programmes", programme(code())).status()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/engine").status()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/process-definition").status()).isEqualTo(401);
    }

    @Test
    void onlyAdminsReachCamundasRestApiAndWebapps() throws Exception {
        assertThat(manager.get("/engine-rest/engine").status()).isEqualTo(403);
        assertThat(croydon.get("/engine-rest/engine").status()).isEqualTo(403);
        assertThat(Api.demo(port, "admin").get("/engine-rest/engine").status()).isEqualTo(200);
        mvc.perform(get("/camunda/app/cockpit/default/").with(signedIn("manager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/camunda/app/cockpit/default/")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aProgrammeManagerSeesEveryDemoProgrammeWithItsMoneyInPounds() {
        Response response = manager.get("/api/v1/programmes");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().findValuesAsText("code")).contains("HCT", "IOP");
        assertThat(response.body()).contains("\"awardCap\":450000.00");
        JsonNode me = manager.get("/api/v1/me").json();
        assertThat(me.get("roles").toString()).contains("PROGRAMME_MANAGER");
        assertThat(me.get("groups").toString()).contains("programme-managers");
    }

    @Test
    void aCroydonPartnerSeesOnlyCroydonAndItsProgramme() {
        List<String> places = croydon.get("/api/v1/partnerships").json().findValuesAsText("place");
        assertThat(places).containsExactly("Croydon");
        assertThat(croydon.get("/api/v1/programmes").json().findValuesAsText("code")).containsExactly("HCT");
        assertThat(croydon.get("/api/v1/partnerships/" + croydonId).status()).isEqualTo(200);
        JsonNode me = croydon.get("/api/v1/me").json();
        assertThat(me.get("partnershipIds").get(0).asLong()).isEqualTo(croydonId);
        assertThat(me.get("groups").toString()).contains("partnership-" + croydonId);
    }

    @Test
    void aCroydonPartnerGets404ForCoventryObjectsAnd403ForStaffActions() throws Exception {
        Response coventry = croydon.get("/api/v1/partnerships/" + coventryId);
        assertThat(coventry.status()).isEqualTo(404);
        assertThat(coventry.body()).doesNotContain("Coventry");
        assertThat(croydon.get("/api/v1/programmes/" + iopId).status()).isEqualTo(404);
        assertThat(croydon.get("/api/v1/partnerships?programmeId=" + iopId).json()).isEmpty();
        assertThat(croydon.post("/api/v1/programmes", programme(code())).status()).isEqualTo(403);
        assertThat(croydon.post("/api/v1/partnerships", partnership(hctId, "GB-CHC-5550001")).status()).isEqualTo(403);
        assertThat(croydon.post("/api/v1/users", newUser("someone.new", "PARTNER", croydonId)).status()).isEqualTo(403);

        var partner = signedIn("partner.croydon");
        mvc.perform(get("/partnerships/" + coventryId).with(partner)).andExpect(status().isNotFound());
        mvc.perform(get("/partnerships/" + croydonId).with(partner)).andExpect(status().isOk());
        mvc.perform(get("/programmes/" + hctId).with(partner)).andExpect(status().isForbidden());
        mvc.perform(get("/partnerships").with(partner))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Coventry"))));
    }

    @Test
    void pagesNeedASignInAndShowMoneyAsPounds() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/programmes/" + hctId).with(signedIn("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("£2,700,000.00")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Croydon")));
    }

    @Test
    void aProgrammeManagerCreatesAProgrammeAndReadsItBack() {
        String code = code();
        Response created = manager.post("/api/v1/programmes", programme(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).matches(".*/api/v1/programmes/\\d+");
        Response read = manager.get(created.location().substring(created.location().indexOf("/api")));
        assertThat(read.json().get("code").asText()).isEqualTo(code);
        assertThat(read.json().get("totalBudget").decimalValue()).isEqualByComparingTo("1000000.00");
        assertThat(read.json().get("funder").get("orgId").asText()).isEqualTo("GB-CHC-5550000");
    }

    @Test
    void badProgrammesGet400ProblemsNamingTheFieldAndWriteNothing() {
        int programmes = count("programme");
        int organisations = count("organisation");

        assertFieldError(with(programme(code()), "totalBudget", -5), "totalBudget");
        assertFieldError(with(programme(code()), "awardCap", 2_000_000), "awardCap");
        Map<String, Object> unknownPrefix = programme(code());
        unknownPrefix.put("funder", Map.of("name", "Acme Trust", "type", "FUNDER", "orgId", "XX-FOO-123"));
        assertFieldError(unknownPrefix, "funder.orgId");
        assertFieldError(with(programme(code()), "totalBudget", 1000.123), "totalBudget");
        assertFieldError(with(programme(code()), "requiredMemberTypes", List.of("PIRATES")), "requiredMemberTypes[0]");
        assertFieldError(with(programme(code()), "code", "lower case"), "code");

        Response malformed = manager.post("/api/v1/programmes", "{\"code\": \"X\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().get("title").asText()).isEqualTo("Malformed request body");

        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(tenMegabytes, (byte) ' ');
        Response huge = manager.postBytes("/api/v1/programmes", tenMegabytes);
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("title").asText()).isEqualTo("Request body too large");

        assertThat(count("programme")).isEqualTo(programmes);
        assertThat(count("organisation")).isEqualTo(organisations);
    }

    @Test
    void aSecondProgrammeWithTheSameCodeIsAConflict() {
        String code = code();
        assertThat(manager.post("/api/v1/programmes", programme(code)).status()).isEqualTo(201);
        Response again = manager.post("/api/v1/programmes", programme(code));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains(code);
    }

    @Test
    void aPartnershipReusesKnownOrganisationsAndAlwaysListsItsLead() {
        int organisations = count("organisation");
        String lead = "GB-CHC-" + (6000000 + (int) (Math.random() * 999999));
        Response created = manager.post("/api/v1/partnerships", partnership(hctId, lead));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("members").findValuesAsText("orgId")).containsExactlyInAnyOrder("GB-LAE-COV", lead);
        assertThat(body.get("members").toString()).contains("Lead partner");
        assertThat(count("organisation")).isEqualTo(organisations + 1); // Coventry City Council is already known
    }

    @Test
    void aPartnershipThatBreaksARuleHalfWayWritesNothing() {
        int organisations = count("organisation");
        int partnerships = count("partnership");
        Map<String, Object> clash = partnership(hctId, "GB-CHC-7770001");
        clash.put("members", List.of(Map.of("organisation",
                Map.of("name", "Coventry City Council", "type", "VCSE", "orgId", "GB-LAE-COV"), "role", "Member")));
        Response response = manager.post("/api/v1/partnerships", clash);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("members[0].organisation.type");
        assertThat(count("organisation")).isEqualTo(organisations);
        assertThat(count("partnership")).isEqualTo(partnerships);

        assertFieldError("/api/v1/partnerships", partnership(999_999, "GB-CHC-7770002"), "programmeId");
        Map<String, Object> badPlace = partnership(hctId, "GB-CHC-7770003");
        badPlace.put("beneficiaryLocation", Map.of("name", "Nowhere", "geoCode", "123"));
        assertFieldError("/api/v1/partnerships", badPlace, "beneficiaryLocation.geoCode");
    }

    @Test
    void anAdminCreatesAPartnerWhoThenSeesOnlyTheirPartnership() {
        Api admin = Api.demo(port, "admin");
        String username = "new.partner." + UUID.randomUUID().toString().substring(0, 8);
        Response created = admin.post("/api/v1/users", newUser(username, "PARTNER", coventryId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("password").doesNotContain("long-enough-secret");

        Api partner = Api.as(port, username, "long-enough-secret");
        assertThat(partner.get("/api/v1/partnerships").json().findValuesAsText("place")).containsExactly("Coventry");
        assertThat(partner.get("/api/v1/partnerships/" + croydonId).status()).isEqualTo(404);
        assertThat(Api.as(port, username, "wrong-password").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username))
                .startsWith("{bcrypt}");
    }

    @Test
    void usersAreValidatedAndOnlyAdminsCreateThem() {
        Api admin = Api.demo(port, "admin");
        assertThat(manager.post("/api/v1/users", newUser("by.manager", "FUNDER", null)).status()).isEqualTo(403);
        assertFieldError(admin, "/api/v1/users", newUser("lonely.partner", "PARTNER", null), "partnershipIds");
        assertFieldError(admin, "/api/v1/users", newUser("ghost.partner", "PARTNER", 999_999L), "partnershipIds");
        Map<String, Object> shortPassword = newUser("short.password", "FUNDER", null);
        shortPassword.put("password", "demo");
        assertFieldError(admin, "/api/v1/users", shortPassword, "password");
        assertThat(admin.post("/api/v1/users", newUser("manager", "FUNDER", null)).status()).isEqualTo(409);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private void assertFieldError(Map<String, Object> body, String field) {
        assertFieldError(manager, "/api/v1/programmes", body, field);
    }

    private void assertFieldError(String path, Map<String, Object> body, String field) {
        assertFieldError(manager, path, body, field);
    }

    private static void assertFieldError(Api api, String path, Map<String, Object> body, String field) {
        Response response = api.post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors.findValuesAsText("field")).as(response.body()).contains(field);
        assertThat(errors.get(0).get("message").asText()).isNotBlank();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    static Map<String, Object> programme(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Test programme " + code);
        body.put("funder", Map.of("name", "Test Trust", "type", "FUNDER", "orgId", "GB-CHC-5550000"));
        body.put("totalBudget", 1_000_000.00);
        body.put("awardCap", 250_000.00);
        body.put("maxDurationMonths", 36);
        body.put("learningReviewCadenceMonths", 6);
        body.put("requiredMemberTypes", List.of("NHS_BODY", "LOCAL_AUTHORITY"));
        return body;
    }

    static Map<String, Object> partnership(long programmeId, String leadOrgId) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programmeId);
        body.put("name", "Test partnership " + leadOrgId);
        body.put("place", "Testville");
        body.put("leadOrganisation", Map.of("name", "Test Charity " + leadOrgId, "type", "VCSE", "orgId", leadOrgId));
        body.put("members", List.of(Map.of("organisation",
                Map.of("name", "Coventry City Council", "type", "LOCAL_AUTHORITY", "orgId", "GB-LAE-COV"),
                "role", "Council partner")));
        body.put("communityAims", List.of("Residents lead local activity"));
        body.put("systemAims", List.of("Share what works with the system"));
        body.put("beneficiaryLocation", Map.of("name", "Coventry", "geoCode", "E08000026"));
        return body;
    }

    static Map<String, Object> newUser(String username, String role, Long partnershipId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Test " + username);
        body.put("email", username + "@example.org");
        body.put("password", "long-enough-secret");
        body.put("roles", List.of(role));
        List<Long> ids = new ArrayList<>();
        if (partnershipId != null) {
            ids.add(partnershipId);
        }
        body.put("partnershipIds", ids);
        return body;
    }
}
