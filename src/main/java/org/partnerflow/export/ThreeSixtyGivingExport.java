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
 * standard's flattened CSV ({@link GrantCsv}). Grant ids are the programme's registered 360Giving prefix and the
 * award number once the prefix is set, the award's reference before.
 */
@Service
public class ThreeSixtyGivingExport {

    static final String STANDARD_VERSION = "1.4";
    static final ZoneId UK = ZoneId.of("Europe/London");

    private final Programmes programmes;
    private final Partnerships partnerships;
    private final GrantRecords grants;
    private final Clock clock;
    private final OpenDataProperties properties;

    ThreeSixtyGivingExport(Programmes programmes, Partnerships partnerships, GrantRecords grants, Clock clock,
            OpenDataProperties properties) {
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.grants = grants;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public GrantPackage packageOf(long programmeId, PartnerflowUser user) {
        ProgrammeView programme = programmes.get(programmeId, user);
        String now = now();
        List<GrantPackage.Grant> list = grantsOf(programme, user, properties.dataSource(), now);
        OrganisationView funder = programme.funder();
        return new GrantPackage(STANDARD_VERSION, "Grants made under " + programme.title(),
                "Awards to local partnerships under the " + programme.title() + " programme, published from Partnerflow.",
                now, new GrantPackage.Publisher(organisation(funder).id(), funder.name()), properties.license(), list);
    }

    /** The same grants as the flattened 360Giving CSV. */
    @Transactional(readOnly = true)
    public Csv csvOf(long programmeId, PartnerflowUser user) {
        return GrantCsv.of(packageOf(programmeId, user).grants());
    }

    /** The programme's grants the user may read, as 360Giving grants naming the given data source. */
    @Transactional(readOnly = true)
    public List<GrantPackage.Grant> grantsOf(ProgrammeView programme, PartnerflowUser user, String dataSource,
            String now) {
        Map<Long, PartnershipView> byId = partnerships.visibleTo(user, programme.id()).stream()
                .collect(Collectors.toMap(PartnershipView::id, Function.identity()));
        GrantPackage.Organization funding = organisation(programme.funder());
        return grants.ofProgramme(programme.id()).stream()
                .filter(g -> byId.containsKey(g.partnershipId()))
                .map(g -> grant(g, byId.get(g.partnershipId()), programme, funding, now, dataSource))
                .toList();
    }

    /** Now on the application's clock, to the second, as the standard's date-time. */
    String now() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).atZone(UK));
    }

    static GrantPackage.Grant grant(GrantRecords.GrantRecord g, PartnershipView partnership,
            ProgrammeView programme, GrantPackage.Organization funding, String now) {
        return grant(g, partnership, programme, funding, now, null);
    }

    static GrantPackage.Grant grant(GrantRecords.GrantRecord g, PartnershipView partnership,
            ProgrammeView programme, GrantPackage.Organization funding, String now, String dataSource) {
        String id = grantId(g, programme);
        List<GrantPackage.Transaction> paid = g.released().stream()
                .map(t -> new GrantPackage.Transaction(id + "-T" + t.sequence(), t.releasedOn().toString(),
                        t.amount(), "GBP", "Tranche " + t.sequence()))
                .toList();
        BigDecimal disbursed = g.released().stream().map(PortfolioFacts.TrancheState::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        String description = g.summary() == null || g.summary().isBlank()
                ? "A grant to the " + partnership.name() + " under " + programme.title() + "." : g.summary();
        LocalDate awarded = g.decidedAt() == null ? g.startDate() : g.decidedAt().atZone(UK).toLocalDate();
        return new GrantPackage.Grant(id, partnership.name(), description, "GBP", g.amountRequested(),
                g.amountAwarded(), disbursed, awarded.toString(),
                List.of(new GrantPackage.Event(g.startDate().toString(), g.endDate() == null ? null : g.endDate().toString(),
                        g.durationMonths())),
                List.of(organisation(partnership.leadOrganisation())), List.of(funding),
                List.of(new GrantPackage.Programme(programme.code(), programme.title())),
                location(partnership.beneficiaryLocation()), paid.isEmpty() ? null : paid, lastModified(g, now), dataSource);
    }

    /**
     * When the grant's information last changed: the later of the panel's decision and its latest payment (the
     * start of that day, UK time); now when neither is known. Stable between requests, so the JSON and the CSV agree.
     */
    static String lastModified(GrantRecords.GrantRecord g, String now) {
        Instant latest = g.decidedAt();
        for (PortfolioFacts.TrancheState paid : g.released()) {
            Instant at = paid.releasedOn().atStartOfDay(UK).toInstant();
            latest = latest == null || at.isAfter(latest) ? at : latest;
        }
        return latest == null ? now
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(latest.truncatedTo(ChronoUnit.SECONDS).atZone(UK));
    }

    /** The funder's registered prefix and the award number once the programme has one; the reference before. */
    static String grantId(GrantRecords.GrantRecord g, ProgrammeView programme) {
        String prefix = programme.openData() == null ? null : programme.openData().grantIdPrefix();
        return prefix == null || prefix.isBlank() ? g.reference() : prefix + "-" + g.awardId();
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
