package org.partnerflow.organisation;

import java.util.List;
import java.util.Locale;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds organisations by org-id (creating those not yet known), searches them by name, and changes them. */
@Service
public class Organisations {

    public static final int MAX_FOUND = 20;

    private final OrganisationRepository repository;
    private final OrganisationRow rows;
    private final AuditTrail audit;

    Organisations(OrganisationRepository repository, OrganisationRow rows, AuditTrail audit) {
        this.repository = repository;
        this.rows = rows;
        this.audit = audit;
    }

    /**
     * The organisation with this org-id, created from the data when it is new. An org-id already known
     * under another type is refused: the same register entry cannot be both a council and a charity. Two
     * transactions creating the same new organisation at once share one row (see OrganisationRow).
     *
     * @param field where the data sits in the request, for the error message
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Organisation findOrCreate(OrganisationData data, String field) {
        Organisation existing = repository.findByOrgId(data.orgId()).orElse(null);
        if (existing == null) {
            String name = data.name().trim();
            if (rows.insertIfAbsent(name, data.type(), data.orgId(), normalisePostcode(data.postcode()))) {
                Organisation created = repository.findByOrgId(data.orgId()).orElseThrow();
                audit.record(AuditEntry.of(AuditSubject.ORGANISATION, created.getId(), "ORGANISATION_CREATED",
                        "Organisation " + created.getName() + " (" + data.orgId() + ") recorded")
                        .change("name", null, created.getName()).change("type", null, created.getType()));
                return created;
            }
            existing = repository.findByOrgId(data.orgId()).orElseThrow();
        }
        if (existing.getType() != data.type()) {
            throw new DomainRuleViolation(field + ".type", "must be " + existing.getType()
                    + ": org-id " + data.orgId() + " is already known as " + existing.getName());
        }
        return existing;
    }

    /** Organisations whose name or org-id contains the text, by name, at most {@value #MAX_FOUND}. */
    @Transactional(readOnly = true)
    public List<OrganisationView> search(String text) {
        String query = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return List.of();
        }
        if (query.length() > 200) {
            throw new DomainRuleViolation("q", "must be at most 200 characters");
        }
        String pattern = "%" + query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return repository.search(pattern, PageRequest.of(0, MAX_FOUND)).stream().map(OrganisationView::of).toList();
    }

    /** The organisation with this org-id, if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<OrganisationView> findByOrgId(String orgId) {
        return orgId == null ? java.util.Optional.empty() : repository.findByOrgId(orgId.trim()).map(OrganisationView::of);
    }

    /** The organisations with these ids, by id, in one statement. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, OrganisationView> byIds(java.util.Collection<Long> ids) {
        return repository.findAllById(ids).stream().map(OrganisationView::of)
                .collect(java.util.stream.Collectors.toMap(OrganisationView::id, o -> o));
    }

    @Transactional(readOnly = true)
    public OrganisationView get(long id) {
        return repository.findById(id).map(OrganisationView::of)
                .orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    /** Renames or retypes an organisation, from the version the caller read; recorded with before and after. */
    @Transactional
    public OrganisationView change(long id, OrganisationChange change) {
        Organisation organisation = repository.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
        if (organisation.getVersion() != change.version()) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        AuditEntry entry = AuditEntry.of(AuditSubject.ORGANISATION, id, "ORGANISATION_CHANGED",
                "Organisation " + organisation.getOrgId() + " changed");
        boolean changed = false;
        if (change.name() != null && !change.name().trim().equals(organisation.getName())) {
            entry.change("name", organisation.getName(), change.name().trim());
            organisation.rename(change.name().trim());
            changed = true;
        }
        if (change.type() != null && change.type() != organisation.getType()) {
            entry.change("type", organisation.getType(), change.type());
            organisation.retype(change.type());
            changed = true;
        }
        if (changed) {
            repository.flush();
            audit.record(entry);
        }
        return OrganisationView.of(organisation);
    }

    private static String normalisePostcode(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.replace(" ", "").toUpperCase();
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
