package org.partnerflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each of 360Giving's quality checks, by its own name: a grant that fails it, and one that passes every check. */
class QualityChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** What turns the good grant into one that fails each check. */
    static final Map<QualityCheck, Consumer<GrantBuilder>> FAILING = new EnumMap<>(QualityCheck.class);

    static {
        FAILING.put(QualityCheck.ZeroAmountTest, g -> g.amountAwarded = new BigDecimal("0.00"));
        FAILING.put(QualityCheck.FundingOrgUnrecognisedPrefix, g -> g.funderId = "XX-ABC-1");
        FAILING.put(QualityCheck.RecipientOrgUnrecognisedPrefix, g -> g.recipientId = "XX-ABC-1");
        FAILING.put(QualityCheck.RecipientOrgCharityNumber, g -> g.recipientId = "GB-CHC-12AB");
        FAILING.put(QualityCheck.RecipientOrgCompanyNumber, g -> g.recipientId = "GB-COH-123");
        FAILING.put(QualityCheck.OrganizationIdLooksInvalid, g -> g.recipientId = "GB-CHC");
        FAILING.put(QualityCheck.OrganizationIdUnexpectedChars, g -> g.recipientId = "GB-CHC-123 4567");
        FAILING.put(QualityCheck.GrantIdUnexpectedChars, g -> g.id = "360G-hf 101");
        FAILING.put(QualityCheck.MoreThanOneFundingOrg, g -> g.secondFunder = true);
        FAILING.put(QualityCheck.LooksLikeEmail, g -> g.description = "Questions to jo.bloggs@example.org, please.");
        FAILING.put(QualityCheck.ImpossibleDates, g -> g.awardDate = "2026-02-30");
        FAILING.put(QualityCheck.PlannedStartDateBeforeEndDate, g -> g.endDate = "2026-01-31");
        FAILING.put(QualityCheck.FarFuturePlannedDates, g -> g.endDate = "2045-03-31");
        FAILING.put(QualityCheck.FarPastDates, g -> g.awardDate = "1990-01-01");
        FAILING.put(QualityCheck.PostDatedAwardDates, g -> g.awardDate = "2026-12-08");
        FAILING.put(QualityCheck.TitleDescriptionSame, g -> g.description = " coventry PARTNERSHIP ");
        FAILING.put(QualityCheck.TitleLength, g -> g.title = "C".repeat(141));
        FAILING.put(QualityCheck.NoGrantProgramme, g -> g.programme = false);
        FAILING.put(QualityCheck.NoBeneficiaryLocation, g -> g.location = null);
        FAILING.put(QualityCheck.NoLastModified, g -> g.dateModified = null);
        FAILING.put(QualityCheck.NoDataSource, g -> g.dataSource = null);
        FAILING.put(QualityCheck.PlannedDurationNotPresent, g -> g.duration = null);
        FAILING.put(QualityCheck.BeneficiaryLocationNameButNoCode,
                g -> g.location = new GrantPackage.Location("Coventry", "GB", null, null));
        FAILING.put(QualityCheck.RecipientOrg360GPrefix, g -> g.recipientId = "360G-PF-ORG-4");
        FAILING.put(QualityCheck.FundingOrg360GPrefix, g -> g.funderId = "360G-PF-ORG-9");
        FAILING.put(QualityCheck.IncompleteRecipientOrg, g -> g.postcode = null);
    }

    static Stream<Arguments> checks() {
        return Stream.of(QualityCheck.values()).map(c -> Arguments.of(c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void aGrantFailsTheCheckAndTheGoodGrantPassesIt(String name, QualityCheck check) {
        assertThat(FAILING).as("a failing grant for " + name).containsKey(check);
        GrantBuilder failing = new GrantBuilder();
        FAILING.get(check).accept(failing);
        GrantPackage.Grant bad = failing.build();

        QualityCheck.Result found = result(QualityCheck.run(List.of(bad), TODAY), name);
        assertThat(found.count()).as(name + " fails").isEqualTo(1);
        assertThat(found.examples()).containsExactly(bad.id());
        assertThat(found.severity()).isEqualTo(check.severity());

        QualityCheck.Result passed = result(QualityCheck.run(List.of(new GrantBuilder().build()), TODAY), name);
        assertThat(passed.count()).as(name + " passes").isZero();
        assertThat(passed.examples()).isEmpty();
    }

    @Test
    void everyCheckIsListedUnderItsOwnNameWithTheSeverityTheContractGivesIt() {
        QualityCheck.Report report = QualityCheck.run(List.of(new GrantBuilder().build()), TODAY);
        assertThat(report.checks()).extracting(QualityCheck.Result::name).containsExactly("ZeroAmountTest",
                "FundingOrgUnrecognisedPrefix", "RecipientOrgUnrecognisedPrefix", "RecipientOrgCharityNumber",
                "RecipientOrgCompanyNumber", "OrganizationIdLooksInvalid", "OrganizationIdUnexpectedChars",
                "GrantIdUnexpectedChars", "MoreThanOneFundingOrg", "LooksLikeEmail", "ImpossibleDates",
                "PlannedStartDateBeforeEndDate", "FarFuturePlannedDates", "FarPastDates", "PostDatedAwardDates",
                "TitleDescriptionSame", "TitleLength", "NoGrantProgramme", "NoBeneficiaryLocation", "NoLastModified",
                "NoDataSource", "PlannedDurationNotPresent", "BeneficiaryLocationNameButNoCode",
                "RecipientOrg360GPrefix", "FundingOrg360GPrefix", "IncompleteRecipientOrg");
        assertThat(report.checks().stream().filter(r -> r.severity() == QualityCheck.Severity.CRITICAL)
                .map(QualityCheck.Result::name)).containsExactlyInAnyOrder("ZeroAmountTest",
                "OrganizationIdUnexpectedChars", "GrantIdUnexpectedChars", "MoreThanOneFundingOrg", "LooksLikeEmail",
                "ImpossibleDates", "PostDatedAwardDates");
        assertThat(report.critical()).isEmpty();
    }

    @Test
    void aSecondFunderAcrossTheGrantsIsFoundOnTheGrantsThatNameIt() {
        GrantBuilder other = new GrantBuilder();
        other.id = "360G-hf-102";
        other.funderId = "GB-CHC-1099999";
        QualityCheck.Report report = QualityCheck.run(List.of(new GrantBuilder().build(), new GrantBuilder().build(),
                other.build()), TODAY);
        QualityCheck.Result found = result(report, "MoreThanOneFundingOrg");
        assertThat(found.count()).isEqualTo(1);
        assertThat(found.examples()).containsExactly("360G-hf-102");
        assertThat(report.critical()).containsExactly("MoreThanOneFundingOrg");
    }

    @Test
    void examplesStopAtThreeWhileTheCountGoesOn() {
        List<GrantPackage.Grant> grants = Stream.iterate(1, i -> i + 1).limit(5).map(i -> {
            GrantBuilder g = new GrantBuilder();
            g.id = "360G-hf-" + i;
            g.amountAwarded = BigDecimal.ZERO;
            return g.build();
        }).toList();
        QualityCheck.Result zero = result(QualityCheck.run(grants, TODAY), "ZeroAmountTest");
        assertThat(zero.count()).isEqualTo(5);
        assertThat(zero.examples()).containsExactly("360G-hf-1", "360G-hf-2", "360G-hf-3");
    }

    private static QualityCheck.Result result(QualityCheck.Report report, String name) {
        return report.checks().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** A grant that passes every check, whose fields a test may change before building it. */
    static final class GrantBuilder {
        String id = "360G-hf-101";
        String title = "Coventry partnership";
        String description = "A grant to the Coventry partnership under Healthy Communities Together.";
        BigDecimal amountAwarded = new BigDecimal("450000.00");
        String awardDate = "2026-03-01";
        String startDate = "2026-04-01";
        String endDate = "2029-03-31";
        Integer duration = 36;
        String recipientId = "GB-CHC-1234567";
        String postcode = "CV1 1AA";
        String funderId = "GB-CHC-286967";
        boolean secondFunder;
        boolean programme = true;
        GrantPackage.Location location = new GrantPackage.Location("Coventry", "GB", "E08000026", "MD");
        String dateModified = "2026-12-01T10:00:00Z";
        String dataSource = "https://grants.example.org/open-data/360giving.json";

        GrantPackage.Grant build() {
            GrantPackage.Organization funder = new GrantPackage.Organization(funderId, "The Health Foundation", null);
            List<GrantPackage.Organization> funders = secondFunder
                    ? List.of(funder, new GrantPackage.Organization("GB-CHC-1099999", "Another Trust", null))
                    : List.of(funder);
            return new GrantPackage.Grant(id, title, description, "GBP", amountAwarded, amountAwarded,
                    BigDecimal.ZERO, awardDate, List.of(new GrantPackage.Event(startDate, endDate, duration)),
                    List.of(new GrantPackage.Organization(recipientId, "Coventry CVS", postcode)), funders,
                    programme ? List.of(new GrantPackage.Programme("HCT", "Healthy Communities Together")) : null,
                    location == null ? null : List.of(location), null, dateModified, dataSource);
        }
    }
}
