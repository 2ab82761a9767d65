package org.partnerflow.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.partnerflow.organisation.OrgIds;

/**
 * What each of 360Giving's quality checks ({@link QualityCheck}) looks at, following its Data Quality Tool: org-id
 * prefixes from the recognised registers, the shapes of UK charity and company numbers, characters an identifier
 * should not hold, e-mail addresses in text, dates that cannot be (not a calendar date, before 1900 or after 2100),
 * planned dates more than 15 years ahead, any date more than 25 years back, award dates after today, titles over
 * 140 characters.
 */
final class QualityRules {

    static final int TITLE_MAX = 140;
    static final int FAR_FUTURE_YEARS = 15;
    static final int FAR_PAST_YEARS = 25;

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern ID_CHARS = Pattern.compile("[A-Za-z0-9._/-]+");
    private static final Pattern ORG_ID_SHAPE = Pattern.compile("[A-Za-z0-9]+-[A-Za-z0-9]+-\\S+");
    private static final Pattern CHARITY = Pattern.compile("(?:[A-Za-z]{2})?\\d{6,7}");
    private static final Pattern COMPANY = Pattern.compile("[A-Za-z0-9]{2}\\d{6}");

    private QualityRules() {
    }

    static boolean zeroAmount(GrantPackage.Grant g) {
        return g.amountAwarded() == null || g.amountAwarded().signum() == 0;
    }

    static boolean anyUnrecognised(List<GrantPackage.Organization> orgs) {
        return ids(orgs).anyMatch(id -> OrgIds.PREFIXES.stream()
                .noneMatch(p -> id.toUpperCase(java.util.Locale.ROOT).startsWith(p + "-")));
    }

    static boolean any360G(List<GrantPackage.Organization> orgs) {
        return ids(orgs).anyMatch(id -> id.toUpperCase(java.util.Locale.ROOT).startsWith("360G"));
    }

    static boolean badCharityNumber(GrantPackage.Grant g) {
        return registered(g, "GB-CHC-", "GB-SC-", "GB-NIC-").anyMatch(n -> !CHARITY.matcher(n).matches());
    }

    static boolean badCompanyNumber(GrantPackage.Grant g) {
        return registered(g, "GB-COH-").anyMatch(n -> !COMPANY.matcher(n).matches());
    }

    static boolean orgIdLooksInvalid(GrantPackage.Grant g) {
        return orgIds(g).anyMatch(id -> !ORG_ID_SHAPE.matcher(id).matches());
    }

    static boolean orgIdUnexpectedChars(GrantPackage.Grant g) {
        return orgIds(g).anyMatch(QualityRules::unexpectedChars);
    }

    static boolean unexpectedChars(String id) {
        return id == null || !ID_CHARS.matcher(id).matches();
    }

    static boolean otherFunder(GrantPackage.Grant g, String mainFunder) {
        return g.fundingOrganization() != null && (g.fundingOrganization().size() > 1
                || ids(g.fundingOrganization()).anyMatch(id -> !id.equals(mainFunder)));
    }

    static boolean looksLikeEmail(GrantPackage.Grant g) {
        Stream<String> texts = Stream.concat(Stream.of(g.title(), g.description()),
                Stream.concat(names(g.recipientOrganization()), names(g.fundingOrganization())));
        return texts.anyMatch(t -> t != null && EMAIL.matcher(t).find());
    }

    static boolean impossibleDates(GrantPackage.Grant g) {
        return dates(g).stream().anyMatch(d -> {
            LocalDate date = parse(d);
            return date == null || date.getYear() < 1900 || date.getYear() > 2100;
        });
    }

    static boolean endBeforeStart(GrantPackage.Grant g) {
        return planned(g).anyMatch(e -> {
            LocalDate start = parse(e.startDate());
            LocalDate end = parse(e.endDate());
            return start != null && end != null && end.isBefore(start);
        });
    }

    static boolean farFuturePlanned(GrantPackage.Grant g, LocalDate today) {
        return planned(g).flatMap(e -> Stream.of(e.startDate(), e.endDate())).map(QualityRules::parse)
                .anyMatch(d -> d != null && d.isAfter(today.plusYears(FAR_FUTURE_YEARS)));
    }

    static boolean farPast(GrantPackage.Grant g, LocalDate today) {
        return dates(g).stream().map(QualityRules::parse)
                .anyMatch(d -> d != null && d.isBefore(today.minusYears(FAR_PAST_YEARS)));
    }

    static boolean postDatedAward(GrantPackage.Grant g, LocalDate today) {
        LocalDate awarded = parse(g.awardDate());
        return awarded != null && awarded.isAfter(today);
    }

    static boolean titleIsDescription(GrantPackage.Grant g) {
        return g.title() != null && g.description() != null
                && g.title().strip().equalsIgnoreCase(g.description().strip());
    }

    static boolean noDuration(GrantPackage.Grant g) {
        return empty(g.plannedDates()) || planned(g).anyMatch(e -> e.duration() == null);
    }

    static boolean locationWithoutCode(GrantPackage.Grant g) {
        return g.beneficiaryLocation() != null && g.beneficiaryLocation().stream()
                .anyMatch(l -> !blank(l.name()) && blank(l.geoCode()));
    }

    static boolean noRecipientPostcode(GrantPackage.Grant g) {
        return g.recipientOrganization() == null || g.recipientOrganization().stream().anyMatch(o -> blank(o.postalCode()));
    }

    static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A plain date or a date-time's date; null when it is neither (31 February is neither). */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> dates(GrantPackage.Grant g) {
        List<String> dates = new ArrayList<>();
        if (g.awardDate() != null) {
            dates.add(g.awardDate());
        }
        planned(g).forEach(e -> Stream.of(e.startDate(), e.endDate()).filter(d -> d != null).forEach(dates::add));
        return dates;
    }

    private static Stream<GrantPackage.Event> planned(GrantPackage.Grant g) {
        return g.plannedDates() == null ? Stream.empty() : g.plannedDates().stream();
    }

    private static Stream<String> ids(List<GrantPackage.Organization> orgs) {
        return orgs == null ? Stream.empty() : orgs.stream().map(GrantPackage.Organization::id).filter(id -> id != null);
    }

    private static Stream<String> names(List<GrantPackage.Organization> orgs) {
        return orgs == null ? Stream.empty() : orgs.stream().map(GrantPackage.Organization::name);
    }

    private static Stream<String> orgIds(GrantPackage.Grant g) {
        return Stream.concat(ids(g.recipientOrganization()), ids(g.fundingOrganization()));
    }

    /** The register numbers of recipients whose ids use one of the given prefixes. */
    private static Stream<String> registered(GrantPackage.Grant g, String... prefixes) {
        return ids(g.recipientOrganization()).flatMap(id -> Stream.of(prefixes).filter(id::startsWith)
                .map(p -> id.substring(p.length())));
    }
}
