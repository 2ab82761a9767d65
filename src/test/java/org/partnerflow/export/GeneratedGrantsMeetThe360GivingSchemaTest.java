package org.partnerflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.GrantRecords;
import org.partnerflow.milestone.PortfolioFacts;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.organisation.OrganisationView;
import org.partnerflow.partnership.BeneficiaryLocation;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.programme.ProgrammeView;

/** Generated awards (random amounts, periods, releases, places, with and without org-ids) export as valid 360Giving. */
class GeneratedGrantsMeetThe360GivingSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String[] GSS = {"E08000026", "E09000011", "E06000026", "W06000021", "E10000013", "S12000036"};

    @Test
    void twoHundredGeneratedGrantsAreValid() {
        Random random = new Random(20261123L);
        ProgrammeView programme = programme();
        GrantPackage.Organization funder = ThreeSixtyGivingExport.organisation(programme.funder());
        List<GrantPackage.Grant> grants = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            grants.add(ThreeSixtyGivingExport.grant(record(i, random), partnership(i, random), programme, funder,
                    "2026-11-23T10:00:00Z"));
        }
        GrantPackage generated = new GrantPackage("1.4", "Generated", null, "2026-11-23T10:00:00Z",
                new GrantPackage.Publisher(funder.id(), funder.name()), "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", grants);
        assertThat(ThreeSixtyGivingSchema.problems(JSON.valueToTree(generated))).isEmpty();
        for (GrantPackage.Grant g : grants) {
            BigDecimal paid = g.disbursementTransaction() == null ? BigDecimal.ZERO : g.disbursementTransaction().stream()
                    .map(GrantPackage.Transaction::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(g.amountDisbursed()).isEqualByComparingTo(paid);
        }
    }

    @Test
    void theSchemaCheckRejectsWhatTheStandardForbids() {
        Random random = new Random(1L);
        ProgrammeView programme = programme();
        GrantPackage.Organization funder = ThreeSixtyGivingExport.organisation(programme.funder());
        GrantPackage good = new GrantPackage("1.4", "One", null, "2026-11-23T10:00:00Z", null, null,
                List.of(ThreeSixtyGivingExport.grant(record(1, random), partnership(1, random), programme, funder,
                        "2026-11-23T10:00:00Z")));
        ObjectNode missingAmount = JSON.valueToTree(good);
        ((ObjectNode) missingAmount.get("grants").get(0)).remove("amountAwarded");
        assertThat(ThreeSixtyGivingSchema.problems(missingAmount)).isNotEmpty();
        ObjectNode badDate = JSON.valueToTree(good);
        ((ObjectNode) badDate.get("grants").get(0)).put("awardDate", "23/11/2026");
        assertThat(ThreeSixtyGivingSchema.problems(badDate)).isNotEmpty();
        ObjectNode badCurrency = JSON.valueToTree(good);
        ((ObjectNode) badCurrency.get("grants").get(0)).put("currency", "POUNDS");
        assertThat(ThreeSixtyGivingSchema.problems(badCurrency)).isNotEmpty();
    }

    @Test
    void geoCodeTypesFollowTheOnsPrefix() {
        assertThat(ThreeSixtyGivingExport.geoCodeType("E08000026")).isEqualTo("MD");
        assertThat(ThreeSixtyGivingExport.geoCodeType("E09000011")).isEqualTo("LONB");
        assertThat(ThreeSixtyGivingExport.geoCodeType("W06000021")).isEqualTo("UA");
        assertThat(ThreeSixtyGivingExport.geoCodeType("E10000013")).isEqualTo("CTY");
        assertThat(ThreeSixtyGivingExport.geoCodeType("X99")).isNull();
    }

    private static GrantRecords.GrantRecord record(int i, Random random) {
        int months = 12 + random.nextInt(37);
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
        BigDecimal awarded = BigDecimal.valueOf(10_000 + random.nextInt(440_001)).setScale(2);
        int tranches = 1 + random.nextInt(4);
        BigDecimal each = awarded.divide(BigDecimal.valueOf(tranches), 2, java.math.RoundingMode.DOWN);
        List<PortfolioFacts.TrancheState> released = new ArrayList<>();
        int paid = random.nextInt(tranches + 1);
        for (int t = 1; t <= paid; t++) {
            released.add(new PortfolioFacts.TrancheState((long) i, t, each, start.plusMonths(6L * t),
                    TrancheStatus.RELEASED, start.plusMonths(6L * t).plusDays(random.nextInt(20))));
        }
        BigDecimal releasedTotal = each.multiply(BigDecimal.valueOf(paid));
        return new GrantRecords.GrantRecord((long) i, "360G-PF-GEN-" + i, (long) i,
                random.nextBoolean() ? null : "Summary <b>" + i + "</b> \u00e9\u00e8 \"quoted\", with commas",
                awarded.add(BigDecimal.TEN), awarded, releasedTotal,
                random.nextBoolean() ? null : Instant.parse("2024-01-01T09:30:00Z").plusSeconds(86_400L * random.nextInt(900)),
                start, start.plusMonths(months).minusDays(1), months,
                random.nextBoolean() ? AwardStatus.ACTIVE : AwardStatus.CLOSED, released);
    }

    private static PartnershipView partnership(int i, Random random) {
        OrganisationView lead = new OrganisationView((long) i, "Lead organisation " + i, OrganisationType.VCSE,
                random.nextBoolean() ? "GB-CHC-" + (1_000_000 + i) : null, random.nextBoolean() ? "CV1 2AA" : null, 0);
        BeneficiaryLocation place = random.nextInt(5) == 0 ? null
                : new BeneficiaryLocation("Place " + i, GSS[random.nextInt(GSS.length)]);
        return new PartnershipView((long) i, 1L, "Generated", "Partnership " + i, "Place " + i, null, lead, List.of(),
                List.of(), List.of(), List.of(), place, 0);
    }

    private static ProgrammeView programme() {
        OrganisationView funder = new OrganisationView(99L, "The Health Foundation", OrganisationType.FUNDER,
                "GB-CHC-286967", null, 0);
        return new ProgrammeView(1L, "GEN", "Generated programme", null, funder, new BigDecimal("10000000.00"),
                new BigDecimal("450000.00"), BigDecimal.ZERO, BigDecimal.ZERO, 48, 6, List.of(), 0, false,
                ProgrammeView.OpenData.none());
    }
}
