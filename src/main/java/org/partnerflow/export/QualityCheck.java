package org.partnerflow.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 360Giving's own data quality checks, by their names in its Data Quality Tool, each a rule a grant fails or passes.
 * CRITICAL ones keep a programme out of the public file; USEFULNESS ones say what would make the data more useful.
 * See {@link QualityRules} for what each looks at.
 */
public enum QualityCheck {

    ZeroAmountTest(Severity.CRITICAL, (g, c) -> QualityRules.zeroAmount(g)),
    FundingOrgUnrecognisedPrefix(Severity.USEFULNESS, (g, c) -> QualityRules.anyUnrecognised(g.fundingOrganization())),
    RecipientOrgUnrecognisedPrefix(Severity.USEFULNESS,
            (g, c) -> QualityRules.anyUnrecognised(g.recipientOrganization())),
    RecipientOrgCharityNumber(Severity.USEFULNESS, (g, c) -> QualityRules.badCharityNumber(g)),
    RecipientOrgCompanyNumber(Severity.USEFULNESS, (g, c) -> QualityRules.badCompanyNumber(g)),
    OrganizationIdLooksInvalid(Severity.USEFULNESS, (g, c) -> QualityRules.orgIdLooksInvalid(g)),
    OrganizationIdUnexpectedChars(Severity.CRITICAL, (g, c) -> QualityRules.orgIdUnexpectedChars(g)),
    GrantIdUnexpectedChars(Severity.CRITICAL, (g, c) -> QualityRules.unexpectedChars(g.id())),
    MoreThanOneFundingOrg(Severity.CRITICAL, (g, c) -> QualityRules.otherFunder(g, c.mainFunder())),
    LooksLikeEmail(Severity.CRITICAL, (g, c) -> QualityRules.looksLikeEmail(g)),
    ImpossibleDates(Severity.CRITICAL, (g, c) -> QualityRules.impossibleDates(g)),
    PlannedStartDateBeforeEndDate(Severity.USEFULNESS, (g, c) -> QualityRules.endBeforeStart(g)),
    FarFuturePlannedDates(Severity.USEFULNESS, (g, c) -> QualityRules.farFuturePlanned(g, c.today())),
    FarPastDates(Severity.USEFULNESS, (g, c) -> QualityRules.farPast(g, c.today())),
    PostDatedAwardDates(Severity.CRITICAL, (g, c) -> QualityRules.postDatedAward(g, c.today())),
    TitleDescriptionSame(Severity.USEFULNESS, (g, c) -> QualityRules.titleIsDescription(g)),
    TitleLength(Severity.USEFULNESS, (g, c) -> g.title() != null && g.title().length() > QualityRules.TITLE_MAX),
    NoGrantProgramme(Severity.USEFULNESS, (g, c) -> QualityRules.empty(g.grantProgramme())),
    NoBeneficiaryLocation(Severity.USEFULNESS, (g, c) -> QualityRules.empty(g.beneficiaryLocation())),
    NoLastModified(Severity.USEFULNESS, (g, c) -> QualityRules.blank(g.dateModified())),
    NoDataSource(Severity.USEFULNESS, (g, c) -> QualityRules.blank(g.dataSource())),
    PlannedDurationNotPresent(Severity.USEFULNESS, (g, c) -> QualityRules.noDuration(g)),
    BeneficiaryLocationNameButNoCode(Severity.USEFULNESS, (g, c) -> QualityRules.locationWithoutCode(g)),
    RecipientOrg360GPrefix(Severity.USEFULNESS, (g, c) -> QualityRules.any360G(g.recipientOrganization())),
    FundingOrg360GPrefix(Severity.USEFULNESS, (g, c) -> QualityRules.any360G(g.fundingOrganization())),
    IncompleteRecipientOrg(Severity.USEFULNESS, (g, c) -> QualityRules.noRecipientPostcode(g));

    /** How much a finding matters: CRITICAL keeps the programme out of the public file. */
    public enum Severity { CRITICAL, USEFULNESS }

    /** What a check knows beyond the grant: the day it runs and the funder most grants name. */
    record Context(java.time.LocalDate today, String mainFunder) {
    }

    /** A check's outcome: how many grants fail it (0 when it passes) and up to three of their ids. */
    public record Result(String name, Severity severity, int count, List<String> examples) {
    }

    /** Every check's outcome on the grants, in the order above. */
    public record Report(List<Result> checks) {

        /** The names of the CRITICAL checks that found something: the reasons a programme is left out. */
        public List<String> critical() {
            return checks.stream().filter(r -> r.severity() == Severity.CRITICAL && r.count() > 0)
                    .map(Result::name).toList();
        }
    }

    static final int EXAMPLES = 3;

    private final Severity severity;
    private final BiPredicate<GrantPackage.Grant, Context> fails;

    QualityCheck(Severity severity, BiPredicate<GrantPackage.Grant, Context> fails) {
        this.severity = severity;
        this.fails = fails;
    }

    public Severity severity() {
        return severity;
    }

    /** Whether this one grant fails the check, seen among the given grants on the given day. */
    boolean fails(GrantPackage.Grant grant, Context context) {
        return fails.test(grant, context);
    }

    /** Runs every check on the grants as of the given day. */
    public static Report run(List<GrantPackage.Grant> grants, java.time.LocalDate today) {
        Context context = new Context(today, mainFunder(grants));
        List<Result> results = new ArrayList<>();
        for (QualityCheck check : values()) {
            List<String> failing = grants.stream().filter(g -> check.fails(g, context)).map(GrantPackage.Grant::id)
                    .toList();
            results.add(new Result(check.name(), check.severity, failing.size(),
                    failing.stream().limit(EXAMPLES).toList()));
        }
        return new Report(List.copyOf(results));
    }

    /** The funding organisation most grants name (the first grant's on a tie); null without grants. */
    static String mainFunder(List<GrantPackage.Grant> grants) {
        Map<String, Long> counts = grants.stream().filter(g -> !QualityRules.empty(g.fundingOrganization()))
                .map(g -> g.fundingOrganization().get(0).id())
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), java.util.LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }
}
