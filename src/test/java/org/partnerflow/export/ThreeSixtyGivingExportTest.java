package org.partnerflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.Csv;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo programmes' grants as 360Giving: valid against the official schema, the same in CSV, for staff only. */
@DemoAppTest
class ThreeSixtyGivingExportTest {

    @LocalServerPort int port;

    @Test
    void everyDemoProgrammeExportsAValidPackageOfItsAcceptedAwards() {
        Api funder = Api.demo(port, "funder");
        int grants = 0;
        for (JsonNode programme : funder.get("/api/v1/programmes").json()) {
            long id = programme.get("id").asLong();
            Api.Response response = funder.get("/api/v1/export/360giving.json?programmeId=" + id);
            assertThat(response.status()).isEqualTo(200);
            JsonNode pack = response.json();
            if (pack.get("grants").isEmpty()) {
                continue; // the standard wants at least one grant: nothing to validate yet
            }
            assertThat(ThreeSixtyGivingSchema.problems(pack)).as(programme.get("code").asText()).isEmpty();
            for (JsonNode grant : pack.get("grants")) {
                JsonNode award = award(funder, grant.get("id").asText(), programme.at("/openData/grantIdPrefix").asText(""));
                assertThat(award.get("status").asText()).isIn("ACTIVE", "SUSPENDED", "CLOSED", "TERMINATED");
                assertThat(grant.get("amountAwarded").decimalValue()).isEqualByComparingTo(award.get("amountAwarded").decimalValue());
                assertThat(grant.get("amountDisbursed").decimalValue()).isEqualByComparingTo(award.get("amountReleased").decimalValue());
                BigDecimal paid = BigDecimal.ZERO;
                for (JsonNode t : grant.path("disbursementTransaction")) {
                    paid = paid.add(t.get("value").decimalValue());
                }
                assertThat(paid).isEqualByComparingTo(grant.get("amountDisbursed").decimalValue());
                assertThat(grant.at("/recipientOrganization/0/id").asText()).matches("(GB|XI)-[A-Z]+-.+|360G-PF-ORG-\\d+");
                assertThat(grant.at("/fundingOrganization/0/name").asText()).isNotBlank();
                assertThat(grant.at("/beneficiaryLocation/0/geoCode").asText()).matches("[EWSN]\\d{8}");
                assertThat(grant.at("/grantProgramme/0/code").asText()).isEqualTo(programme.get("code").asText());
                grants++;
            }
        }
        assertThat(grants).as("the demo has accepted awards").isGreaterThanOrEqualTo(2);
    }

    /** The grant fields the CSV holds, in its column order, as paths into a grant of the JSON package. */
    static final List<String> CSV_FIELDS = List.of("id", "title", "description", "currency", "amountAppliedFor",
            "amountAwarded", "amountDisbursed", "awardDate", "plannedDates/startDate", "plannedDates/endDate",
            "plannedDates/duration", "recipientOrganization/id", "recipientOrganization/name",
            "recipientOrganization/postalCode", "fundingOrganization/id", "fundingOrganization/name",
            "grantProgramme/code", "grantProgramme/title", "beneficiaryLocation/name", "beneficiaryLocation/countryCode",
            "beneficiaryLocation/geoCode", "beneficiaryLocation/geoCodeType", "dateModified", "dataSource");

    @Test
    void theStandardsColumnTitlesAreTakenFromItsSchema() {
        assertThat(ThreeSixtyGivingSchema.columnTitle("id")).isEqualTo("Identifier");
        assertThat(ThreeSixtyGivingSchema.columnTitle("currency")).isEqualTo("Currency");
        assertThat(ThreeSixtyGivingSchema.columnTitle("plannedDates/duration")).isEqualTo("Planned Dates:Duration (months)");
        assertThat(ThreeSixtyGivingSchema.columnTitle("recipientOrganization/id")).isEqualTo("Recipient Org:Identifier");
        assertThat(ThreeSixtyGivingSchema.columnTitle("dateModified")).isEqualTo("Last Modified");
    }

    @Test
    void theCsvHoldsTheSameGrantsUnderThe360GivingColumnTitles() {
        List<String> titles = CSV_FIELDS.stream().map(ThreeSixtyGivingSchema::columnTitle).toList();
        Api funder = Api.demo(port, "funder");
        int grants = 0;
        for (JsonNode programme : funder.get("/api/v1/programmes").json()) {
            long id = programme.get("id").asLong();
            JsonNode pack = funder.get("/api/v1/export/360giving.json?programme=" + id).json();
            String csv = new String(funder.getBytes("/api/v1/export/360giving.csv?programmeId=" + id), StandardCharsets.UTF_8);
            List<List<String>> rows = Csv.parse(csv);
            assertThat(rows.get(0)).as("the standard's titles of the fields, in order").containsExactlyElementsOf(titles);
            assertThat(rows).hasSize(pack.get("grants").size() + 1);
            for (int i = 0; i < pack.get("grants").size(); i++) {
                JsonNode grant = pack.get("grants").get(i);
                List<String> row = rows.get(i + 1);
                assertThat(row).hasSameSizeAs(CSV_FIELDS);
                for (int c = 0; c < CSV_FIELDS.size(); c++) {
                    JsonNode value = field(grant, CSV_FIELDS.get(c));
                    String as = grant.get("id").asText() + " " + titles.get(c);
                    if (value.isMissingNode() || value.isNull()) {
                        assertThat(row.get(c)).as(as).isEmpty();
                    } else if (value.isNumber()) {
                        assertThat(new BigDecimal(row.get(c))).as(as).isEqualByComparingTo(value.decimalValue());
                    } else {
                        assertThat(row.get(c)).as(as).isEqualTo(value.asText());
                    }
                }
                grants++;
            }
        }
        assertThat(grants).as("the demo has grants to compare").isGreaterThanOrEqualTo(2);
    }

    /** A grant's field by its path, taking the first element of a list on the way (as the flattened CSV does). */
    private static JsonNode field(JsonNode grant, String path) {
        JsonNode node = grant;
        for (String step : path.split("/")) {
            node = node.isArray() ? node.path(0).path(step) : node.path(step);
        }
        return node;
    }

    @Test
    void onlyStaffWhoPublishCanExportAndTheProgrammeMustBeNamed() {
        Api.Response partner = Api.demo(port, "partner.coventry").get("/api/v1/export/360giving.json?programmeId=1");
        assertThat(partner.status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/v1/export/360giving.json?programmeId=1").status()).isEqualTo(401);
        Api.Response missing = Api.demo(port, "funder").get("/api/v1/export/360giving.json");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("programmeId");
        assertThat(Api.demo(port, "funder").get("/api/v1/export/360giving.json?programmeId=999999").status()).isEqualTo(404);
    }

    /** The award a grant id names: its reference, or the programme's grant id prefix and the award number. */
    private static JsonNode award(Api api, String reference, String prefix) {
        for (JsonNode award : api.get("/api/v1/awards?size=200").json()) {
            if (award.get("reference").asText().equals(reference)
                    || (!prefix.isEmpty() && (prefix + "-" + award.get("id").asText()).equals(reference))) {
                return api.get("/api/v1/awards/" + award.get("id").asText()).json();
            }
        }
        throw new AssertionError("no award " + reference);
    }
}
