package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 24, items 1 and 4 through the API: programmes and partnerships change from the version read (a stale one is
 * 409 and changes nothing), the budget never goes below what is committed, members come and go except the lead and
 * those with contributions, organisations are found before they are entered twice, and every change is in the trail.
 */
@DemoAppTest
class SetUpThroughTheApiTest {

    @LocalServerPort int port;

    @Test
    void aProgrammeChangesFromTheVersionReadAndKeepsItsCodeAndItsCommitments() {
        Api manager = Api.demo(port, "manager");
        NewPartnership p = NewPartnership.create(port);
        String path = "/api/v1/programmes/" + p.programmeId();
        JsonNode before = manager.get(path).json();
        long version = before.get("version").asLong();

        Api.Response changed = manager.patch(path, Map.of("version", version, "title", "Renamed programme",
                "totalBudget", 2500000.00, "requiredMemberTypes", List.of("VCSE")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("title").asText()).isEqualTo("Renamed programme");
        assertThat(changed.json().get("code").asText()).isEqualTo(before.get("code").asText());
        assertThat(changed.json().get("totalBudget").decimalValue()).isEqualByComparingTo("2500000.00");
        assertThat(changed.json().get("awardCap").decimalValue()).isEqualByComparingTo("450000.00");
        assertThat(changed.json().get("version").asLong()).isGreaterThan(version);

        Api.Response stale = manager.patch(path, Map.of("version", version, "title", "Lost update"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).contains("application/problem+json");
        assertThat(manager.get(path).json().get("title").asText()).isEqualTo("Renamed programme");

        long now = changed.json().get("version").asLong();
        assertThat(manager.patch(path, Map.of("version", now, "code", "NEW-CODE")).status()).isEqualTo(400);
        Api.Response capAboveBudget = manager.patch(path, Map.of("version", now, "awardCap", 3000000.00));
        assertThat(capAboveBudget.status()).isEqualTo(400);
        assertThat(capAboveBudget.body()).contains("awardCap");
        assertThat(Api.demo(port, "funder").patch(path, Map.of("version", now, "title", "Funder")).status()).isEqualTo(403);
        assertThat(p.partnerApi(port).patch(path, Map.of("version", now, "title", "Partner")).status()).isEqualTo(403);

        JsonNode trail = manager.get(path + "/audit").json().get("items");
        JsonNode change = first(trail, "PROGRAMME_CHANGED");
        assertThat(change.get("actor").asText()).isEqualTo("manager");
        assertThat(change.get("before").get("title").asText()).startsWith("Journey programme");
        assertThat(change.get("after").get("title").asText()).isEqualTo("Renamed programme");
        assertThat(change.get("before").get("totalBudget").decimalValue()).isEqualByComparingTo("2000000.00");
        assertThat(change.get("after").get("totalBudget").decimalValue()).isEqualByComparingTo("2500000.00");
        assertThat(change.get("after").get("requiredMemberTypes").asText()).isEqualTo("[VCSE]");
    }

    @Test
    void theBudgetNeverGoesBelowWhatIsCommitted() {
        Api manager = Api.demo(port, "manager");
        JsonNode committed = null;
        for (JsonNode programme : manager.get("/api/v1/programmes").json()) {
            if (programme.get("awarded").decimalValue().signum() > 0) {
                committed = programme;
            }
        }
        assertThat(committed).as("a demo programme with money committed").isNotNull();
        BigDecimal below = committed.get("awarded").decimalValue().subtract(new BigDecimal("0.01"));
        String path = "/api/v1/programmes/" + committed.get("id").asLong();
        Api.Response refused = manager.patch(path, Map.of("version", committed.get("version").asLong(),
                "totalBudget", below));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("totalBudget");
        assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("committed");
        assertThat(manager.get(path).json().get("totalBudget").decimalValue())
                .isEqualByComparingTo(committed.get("totalBudget").decimalValue());
    }

    @Test
    void aPartnershipChangesAndItsMembersComeAndGoExceptTheLeadAndThoseWhoContributed() {
        Api manager = Api.demo(port, "manager");
        NewPartnership p = NewPartnership.create(port);
        String path = "/api/v1/partnerships/" + p.partnershipId();
        JsonNode before = manager.get(path).json();
        long version = before.get("version").asLong();

        Api.Response changed = manager.patch(path, Map.of("version", version, "name", "Renamed partnership",
                "workstreams", List.of("Food", "Housing"),
                "beneficiaryLocation", Map.of("name", "Coventry", "geoCode", "E08000026")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("name").asText()).isEqualTo("Renamed partnership");
        assertThat(changed.json().get("place").asText()).isEqualTo(before.get("place").asText());
        assertThat(manager.patch(path, Map.of("version", version, "name", "Lost")).status()).isEqualTo(409);
        assertThat(manager.patch(path, Map.of("version", version + 1, "beneficiaryLocation",
                Map.of("name", "X", "geoCode", "nope"))).status()).isEqualTo(400);

        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> charity = Map.of("name", "Added Charity " + tag, "type", "VCSE", "orgId", "GB-CHC-A" + tag);
        Api.Response added = manager.post(path + "/members", Map.of("organisation", charity, "role", "Delivery partner"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(manager.post(path + "/members", Map.of("organisation", charity, "role", "Again")).status())
                .isEqualTo(409);
        assertThat(manager.post(path + "/members", Map.of("organisation",
                Map.of("name", "Bad", "type", "VCSE", "orgId", "XX-123"), "role", "Partner")).status()).isEqualTo(400);

        long charityId = organisationId(manager, "GB-CHC-A" + tag);
        long leadId = before.get("leadOrganisation").get("id").asLong();
        Api.Response lead = manager.delete(path + "/members/" + leadId);
        assertThat(lead.status()).isEqualTo(409);
        assertThat(lead.json().get("detail").asText()).contains("lead organisation");

        long council = organisationId(manager, "GB-LAE-J" + p.name().split(" ")[1]);
        Api.Response contribution = manager.post(path + "/contributions", Map.of("organisationId", council,
                "kind", "CASH", "committed", 1000.00, "fromYear", 2026, "toYear", 2027));
        assertThat(contribution.status()).as(contribution.toString()).isEqualTo(201);
        Api.Response contributed = manager.delete(path + "/members/" + council);
        assertThat(contributed.status()).isEqualTo(409);
        assertThat(contributed.json().get("detail").asText()).contains("contributions");

        assertThat(manager.delete(path + "/members/" + charityId).status()).isEqualTo(204);
        List<String> orgIds = new ArrayList<>();
        manager.get(path).json().get("members").forEach(m -> orgIds.add(m.get("organisation").get("orgId").asText()));
        assertThat(orgIds).doesNotContain("GB-CHC-A" + tag).hasSize(3);

        JsonNode trail = manager.get(path + "/audit").json().get("items");
        assertThat(first(trail, "MEMBER_REMOVED").get("before").get("member").asText()).contains("GB-CHC-A" + tag);
        assertThat(first(trail, "MEMBER_ADDED").get("after").get("role").asText()).isEqualTo("Delivery partner");
        JsonNode change = first(trail, "PARTNERSHIP_CHANGED");
        assertThat(change.get("before").get("name").asText()).isEqualTo(p.name());
        assertThat(change.get("after").get("name").asText()).isEqualTo("Renamed partnership");
        assertThat(p.partnerApi(port).get(path + "/audit").status()).isEqualTo(200);
        assertThat(Api.demo(port, "partner.croydon").get(path + "/audit").status()).isEqualTo(404);
        assertThat(p.partnerApi(port).delete(path + "/members/" + council).status()).isEqualTo(403);
    }

    @Test
    void organisationsAreFoundByNameOrOrgIdAndCorrectedFromTheVersionRead() {
        Api manager = Api.demo(port, "manager");
        NewPartnership p = NewPartnership.create(port);
        String tag = p.name().split(" ")[1];
        JsonNode byName = manager.get("/api/v1/organisations?q=journey%20council%20" + tag.toLowerCase()).json();
        assertThat(byName).hasSize(1);
        JsonNode byOrgId = manager.get("/api/v1/organisations?q=gb-lae-j" + tag.toLowerCase()).json();
        assertThat(byOrgId.get(0).get("id").asLong()).isEqualTo(byName.get(0).get("id").asLong());
        assertThat(manager.get("/api/v1/organisations?q=%25").json()).hasSizeLessThanOrEqualTo(20);
        assertThat(Api.demo(port, "funder").get("/api/v1/organisations?q=council").status()).isEqualTo(403);

        String path = "/api/v1/organisations/" + byName.get(0).get("id").asLong();
        long version = byName.get(0).get("version").asLong();
        Api.Response renamed = manager.patch(path, Map.of("version", version, "name", "Journey City Council " + tag,
                "type", "LOCAL_AUTHORITY"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("orgId").asText()).isEqualTo("GB-LAE-J" + tag);
        assertThat(manager.patch(path, Map.of("version", version, "name", "Lost")).status()).isEqualTo(409);
        assertThat(manager.patch(path, Map.of("version", version + 1, "orgId", "GB-LAE-OTHER")).status())
                .isEqualTo(400);
        assertThat(manager.get(path).json().get("name").asText()).isEqualTo("Journey City Council " + tag);
    }

    private static long organisationId(Api api, String orgId) {
        JsonNode found = api.get("/api/v1/organisations?q=" + orgId.toLowerCase()).json();
        for (JsonNode o : found) {
            if (o.get("orgId").asText().equals(orgId)) {
                return o.get("id").asLong();
            }
        }
        throw new AssertionError("no organisation " + orgId + " in " + found);
    }

    private static JsonNode first(JsonNode items, String action) {
        for (JsonNode item : items) {
            if (item.get("action").asText().equals(action)) {
                return item;
            }
        }
        throw new AssertionError("no " + action + " in " + items);
    }

    @Test
    void aProgrammeHoldsTheLastTrancheForCloseOutOnlyOnceAskedTo() {
        Api manager = Api.demo(port, "manager");
        NewPartnership p = NewPartnership.create(port);
        String path = "/api/v1/programmes/" + p.programmeId();
        JsonNode before = manager.get(path).json();
        assertThat(before.get("finalTrancheHeldForCloseOut").asBoolean()).isFalse();
        Api.Response held = manager.patch(path, Map.of("version", before.get("version").asLong(),
                "finalTrancheHeldForCloseOut", true));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.json().get("finalTrancheHeldForCloseOut").asBoolean()).isTrue();
        assertThat(manager.get(path + "/audit").json().get("items").get(0).toString())
                .contains("finalTrancheHeldForCloseOut");
        assertThat(manager.patch(path, Map.of("version", held.json().get("version").asLong(),
                "finalTrancheHeldForCloseOut", "sometimes")).status()).isEqualTo(400);
    }
}
