package org.partnerflow.export;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.award.GrantRecords;
import org.partnerflow.milestone.PortfolioFacts;
import org.partnerflow.organisation.OrganisationView;
import org.partnerflow.partnership.BeneficiaryLocation;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.Csv;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's grants as 360Giving open data (standard 1.4): the package as JSON, and the same grants as the
 * standard's flattened CSV, one row per grant with the column titles 360Giving's tools read. Disbursement
 * transactions are in the JSON only: in the flattened form they are a sheet of their own.
 */
@Service
public class ThreeSixtyGivingExport {

    static final String STANDARD_VERSION = "1.4";
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The flattened CSV's column titles, in order. */
    static final List<String> COLUMNS = List.of("Identifier", "Title", "Description", "Currency", "Amount Applied For",
            "Amount Awarded", "Amount Disbursed", "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
            "Planned Dates:Duration (months)", "Recipient Org:Identifier", "Recipient Org:Name",
            "Recipient Org:Postal Code", "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code",
            "Grant Programme:Title", "Beneficiary Location:Name", "Beneficiary Location:Country Code",
            "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "Last Modified");

    private final Programmes programmes;
    private final Partnerships partnerships;
    private final GrantRecords grants;
    private final Clock clock;

    ThreeSixtyGivingExport(Programmes programmes, Partnerships partnerships, GrantRecords grants, Clock clock) {
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.grants = grants;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public GrantPackage packageOf(long programmeId, PartnerflowUser user) {
        ProgrammeView programme = programmes.get(programmeId, user);
        Map<Long, PartnershipView> byId = partnerships.visibleTo(user, programmeId).stream()
                .collect(Collectors.toMap(PartnershipView::id, Function.identity()));
        String now = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).atZone(UK));
        OrganisationView funder = programme.funder();
        GrantPackage.Organization funding = organisation(funder);
        List<GrantPackage.Grant> list = grants.ofProgramme(programmeId).stream()
                .filter(g -> byId.containsKey(g.partnershipId()))
                .map(g -> grant(g, byId.get(g.partnershipId()), programme, funding, now))
                .toList();
        return new GrantPackage(STANDARD_VERSION, "Grants made under " + programme.title(),
                "Awards to local partnerships under the " + programme.title() + " programme, published from Partnerflow.",
                now, new GrantPackage.Publisher(funding.id(), funding.name()), LICENSE, list);
    }

    /** The same grants as the flattened 360Giving CSV. */
    @Transactional(readOnly = true)
    public Csv csvOf(long programmeId, PartnerflowUser user) {
        Csv csv = new Csv().row(COLUMNS.toArray());
        for (GrantPackage.Grant g : packageOf(programmeId, user).grants()) {
            GrantPackage.Event period = g.plannedDates().get(0);
            GrantPackage.Organization recipient = g.recipientOrganization().get(0);
            GrantPackage.Organization funder = g.fundingOrganization().get(0);
            GrantPackage.Programme programme = g.grantProgramme().get(0);
            GrantPackage.Location place = g.beneficiaryLocation() == null ? null : g.beneficiaryLocation().get(0);
            csv.row(g.id(), g.title(), g.description(), g.currency(), g.amountAppliedFor(), g.amountAwarded(),
                    g.amountDisbursed(), g.awardDate(), period.startDate(), period.endDate(), period.duration(),
                    recipient.id(), recipient.name(), recipient.postalCode(), funder.id(), funder.name(),
                    programme.code(), programme.title(), place == null ? null : place.name(),
                    place == null ? null : place.countryCode(), place == null ? null : place.geoCode(),
                    place == null ? null : place.geoCodeType(), g.dateModified());
        }
        return csv;
    }

    static GrantPackage.Grant grant(GrantRecords.GrantRecord g, PartnershipView partnership,
            ProgrammeView programme, GrantPackage.Organization funding, String now) {
        List<GrantPackage.Transaction> paid = g.released().stream()
                .map(t -> new GrantPackage.Transaction(g.reference() + "-T" + t.sequence(), t.releasedOn().toString(),
                        t.amount(), "GBP", "Tranche " + t.sequence()))
                .toList();
        BigDecimal disbursed = g.released().stream().map(PortfolioFacts.TrancheState::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        String description = g.summary() == null || g.summary().isBlank()
                ? "A grant to the " + partnership.name() + " under " + programme.title() + "." : g.summary();
        LocalDate awarded = g.decidedAt() == null ? g.startDate() : g.decidedAt().atZone(UK).toLocalDate();
        return new GrantPackage.Grant(g.reference(), partnership.name(), description, "GBP", g.amountRequested(),
                g.amountAwarded(), disbursed, awarded.toString(),
                List.of(new GrantPackage.Event(g.startDate().toString(), g.endDate() == null ? null : g.endDate().toString(),
                        g.durationMonths())),
                List.of(organisation(partnership.leadOrganisation())), List.of(funding),
                List.of(new GrantPackage.Programme(programme.code(), programme.title())),
                location(partnership.beneficiaryLocation()), paid.isEmpty() ? null : paid, now);
    }

    static GrantPackage.Organization organisation(OrganisationView organisation) {
        String id = organisation.orgId() != null && !organisation.orgId().isBlank() ? organisation.orgId()
                : "360G-PF-ORG-" + organisation.id();
        return new GrantPackage.Organization(id, organisation.name(), organisation.postcode());
    }

    private static List<GrantPackage.Location> location(BeneficiaryLocation location) {
        if (location == null || location.geoCode() == null) {
            return null;
        }
        return List.of(new GrantPackage.Location(location.name(), "GB", location.geoCode(),
                geoCodeType(location.geoCode())));
    }

    /**
     * The type of an ONS GSS code, from 360Giving's geoCodeType codelist, by the code's entity prefix: E06 and W06
     * unitary authority, E07 non-metropolitan district, E08 metropolitan district, E09 London borough, E10 county,
     * S12 council area, N09 local government district; null when the prefix is not one of these.
     */
    static String geoCodeType(String gss) {
        if (gss == null || gss.length() < 3) {
            return null;
        }
        return switch (gss.substring(0, 3)) {
            case "E06", "W06" -> "UA";
            case "E07" -> "NMD";
            case "E08" -> "MD";
            case "E09" -> "LONB";
            case "E10" -> "CTY";
            case "S12" -> "CA";
            case "N09" -> "LGD";
            default -> null;
        };
    }
}
