package org.partnerflow.integrity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.organisation.OrganisationView;
import org.partnerflow.organisation.Organisations;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.PartnershipDirectory;
import org.partnerflow.shared.DomainRuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declared interests: staff declare them (a conflict for the partnership's awards from then on, see DutyRule), read
 * their own, and programme managers read everyone's. Declarations are kept as made.
 */
@Service
public class Interests {

    private final DeclaredInterestRepository repository;
    private final PartnershipDirectory partnerships;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    Interests(DeclaredInterestRepository repository, PartnershipDirectory partnerships, Organisations organisations,
            AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the user's declaration; 400 naming the field for an unknown partnership or org-id, or neither. */
    @Transactional
    public InterestView declare(InterestRequest request, PartnerflowUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("only staff declare interests");
        }
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        boolean noOrg = request.orgId() == null || request.orgId().isBlank();
        errors.check(request.partnershipId() != null || !noOrg, "partnershipId",
                "give a partnershipId or an orgId (or both)");
        errors.check(request.partnershipId() == null
                || partnerships.unknown(List.of(request.partnershipId())).isEmpty(), "partnershipId",
                "must name a partnership");
        OrganisationView organisation = noOrg ? null : organisations.findByOrgId(request.orgId()).orElse(null);
        errors.check(noOrg || organisation != null, "orgId", "must be the org-id of a known organisation");
        errors.throwIfAny();
        DeclaredInterest saved = repository.save(new DeclaredInterest(user.getUsername(), request.partnershipId(),
                organisation == null ? null : organisation.id(), request.nature().strip(), clock.instant()));
        InterestView view = views(List.of(saved)).get(0);
        audit.record(AuditEntry.of(AuditSubject.USER, user.getUsername(), "INTEREST_DECLARED",
                "Declared an interest in " + subject(view))
                .partnership(request.partnershipId())
                .change("interest", null, subject(view) + ": " + view.nature()));
        return view;
    }

    /** The user's own declarations, newest first. */
    @Transactional(readOnly = true)
    public List<InterestView> of(String username) {
        return views(repository.findByUsernameOrderByDeclaredAtDescIdDesc(username));
    }

    /** Everyone's declarations, newest first (the latest 500), for programme managers. */
    @Transactional(readOnly = true)
    public List<InterestView> all() {
        return views(repository.findTop500ByOrderByDeclaredAtDescIdDesc());
    }

    private static String subject(InterestView view) {
        return view.partnershipName() != null && view.organisationName() != null
                ? view.partnershipName() + " and " + view.organisationName()
                : Objects.requireNonNullElse(view.partnershipName(), view.organisationName());
    }

    private List<InterestView> views(List<DeclaredInterest> interests) {
        if (interests.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = partnerships.names();
        Map<Long, OrganisationView> orgs = organisations.byIds(interests.stream()
                .map(DeclaredInterest::getOrganisationId).filter(Objects::nonNull).distinct().toList());
        return interests.stream().map(i -> {
            OrganisationView org = i.getOrganisationId() == null ? null : orgs.get(i.getOrganisationId());
            return new InterestView(i.getId(), i.getUsername(), i.getPartnershipId(),
                    i.getPartnershipId() == null ? null : names.get(i.getPartnershipId()), i.getOrganisationId(),
                    org == null ? null : org.orgId(), org == null ? null : org.name(), i.getNature(),
                    i.getDeclaredAt());
        }).toList();
    }
}
