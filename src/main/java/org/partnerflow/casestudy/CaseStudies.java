package org.partnerflow.casestudy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.partnership.Partnership;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case studies and their published versions: the public reads the latest, staff (and the partnership itself) the
 * history and diffs. Publishing appends version n+1 and never touches an earlier one.
 */
@Service
public class CaseStudies {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CaseStudyRepository studies;
    private final CaseStudyVersionRepository versions;
    private final Partnerships partnerships;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    CaseStudies(CaseStudyRepository studies, CaseStudyVersionRepository versions, Partnerships partnerships,
            ApplicationEventPublisher events, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.studies = studies;
        this.versions = versions;
        this.partnerships = partnerships;
        this.events = events;
        this.clock = clock;
    }

    /** Every case study with at least one published version, with its latest version's number and date. */
    @Transactional(readOnly = true)
    public List<CaseStudySummary> published() {
        Map<Long, CaseStudyVersion> latest = versions.findLatestOfEach().stream()
                .collect(Collectors.toMap(CaseStudyVersion::getCaseStudyId, Function.identity()));
        return studies.findPublished().stream().map(s -> new CaseStudySummary(s.getSlug(), s.getPartnershipId(),
                s.getTitle(), latest.get(s.getId()).getNumber(), latest.get(s.getId()).getPublishedOn())).toList();
    }

    /** The published case studies of these partnerships with their latest version, in one query. */
    @Transactional(readOnly = true)
    public List<CaseStudySummary> publishedOf(java.util.Collection<Long> partnershipIds) {
        return partnershipIds.isEmpty() ? List.of() : studies.findPublishedOf(partnershipIds);
    }

    /** The latest published version, for anyone; 404 while nothing is published. */
    @Transactional(readOnly = true)
    public VersionView latest(String slug, PartnerflowUser userOrNull) {
        CaseStudy study = require(slug);
        CaseStudyVersion version = versions.findFirstByCaseStudyIdOrderByNumberDesc(study.getId())
                .orElseThrow(() -> new NotFoundException("Case study", slug));
        return VersionView.of(study, version, userOrNull != null && mayReadHistory(study, userOrNull));
    }

    @Transactional(readOnly = true)
    public List<VersionEntry> versions(String slug, PartnerflowUser user) {
        CaseStudy study = requireHistoryReader(slug, user);
        return versions.findByCaseStudyIdOrderByNumber(study.getId()).stream()
                .map(v -> new VersionEntry(v.getNumber(), v.getPublishedOn(), v.getPublishedBy())).toList();
    }

    @Transactional(readOnly = true)
    public VersionView version(String slug, int number, PartnerflowUser user) {
        CaseStudy study = requireHistoryReader(slug, user);
        return VersionView.of(study, requireVersion(study, number), true);
    }

    /** What changed from version {@code from} to version {@code to}, section by section. */
    @Transactional(readOnly = true)
    public VersionDiff diff(String slug, int from, int to, PartnerflowUser user) {
        CaseStudy study = requireHistoryReader(slug, user);
        return VersionDiff.of(slug, from, to, requireVersion(study, from).getSections(),
                requireVersion(study, to).getSections());
    }

    /** Staff read every case study's history; a partner only their own partnership's. */
    public boolean mayReadHistory(String slug, PartnerflowUser user) {
        return mayReadHistory(require(slug), user);
    }

    // --- for the update workflow ------------------------------------------------------------------------

    /** The partnership's case study, created (titled after the partnership, slug from its place) if it has none. */
    @Transactional
    public CaseStudy forPartnership(long partnershipId) {
        return studies.findByPartnershipId(partnershipId).orElseGet(() -> {
            Partnership partnership = partnerships.require(partnershipId);
            CaseStudy study = studies.save(new CaseStudy(partnershipId, freeSlug(partnership), partnership.getName(),
                    clock.instant()));
            audit.record(AuditEntry.of(AuditSubject.CASE_STUDY, study.getId(), "CASE_STUDY_CREATED",
                    "Case study " + study.getSlug() + " created").partnership(partnershipId));
            return study;
        });
    }

    CaseStudy require(String slug) {
        return studies.findBySlug(slug).orElseThrow(() -> new NotFoundException("Case study", slug));
    }

    CaseStudy require(long id) {
        return studies.findById(id).orElseThrow(() -> new NotFoundException("Case study", id));
    }

    Optional<CaseStudyVersion> latestVersion(long caseStudyId) {
        return versions.findFirstByCaseStudyIdOrderByNumberDesc(caseStudyId);
    }

    /** Appends the next version under a lock on the case study; earlier versions are never written. */
    @Transactional
    public int publish(long caseStudyId, Draft sections, String publishedBy) {
        CaseStudy study = studies.lockById(caseStudyId).orElseThrow(() -> new NotFoundException("Case study", caseStudyId));
        int next = versions.latestNumber(caseStudyId) + 1;
        versions.save(new CaseStudyVersion(caseStudyId, next, sections.trimmed(), LocalDate.now(clock.withZone(UK)),
                clock.instant(), publishedBy));
        audit.record(AuditEntry.of(AuditSubject.CASE_STUDY, caseStudyId, "CASE_STUDY_PUBLISHED", "Version " + next
                + " of " + study.getSlug() + " published").partnership(study.getPartnershipId())
                .change("version", next == 1 ? null : next - 1, next));
        events.publishEvent(new CaseStudyPublished(caseStudyId, study.getPartnershipId(), study.getSlug(), next));
        return next;
    }

    private CaseStudy requireHistoryReader(String slug, PartnerflowUser user) {
        CaseStudy study = require(slug);
        if (!mayReadHistory(study, user)) {
            throw new AccessDeniedException("only staff and the partnership read earlier versions");
        }
        return study;
    }

    private CaseStudyVersion requireVersion(CaseStudy study, int number) {
        return versions.findByCaseStudyIdAndNumber(study.getId(), number)
                .orElseThrow(() -> new NotFoundException("Version of " + study.getSlug(), number));
    }

    private static boolean mayReadHistory(CaseStudy study, PartnerflowUser user) {
        return user.isStaff() || user.partnershipIds().contains(study.getPartnershipId());
    }

    private String freeSlug(Partnership partnership) {
        String base = partnership.getPlace().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "partnership-" + partnership.getId();
        }
        String slug = base;
        for (int n = 2; studies.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
