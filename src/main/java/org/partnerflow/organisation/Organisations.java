package org.partnerflow.organisation;

import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.DomainRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds organisations by org-id, creating those not yet known. */
@Service
public class Organisations {

    private final OrganisationRepository repository;
    private final AuditTrail audit;

    Organisations(OrganisationRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /**
     * The organisation with this org-id, created from the data when it is new. An org-id already known
     * under another type is refused: the same register entry cannot be both a council and a charity.
     *
     * @param field where the data sits in the request, for the error message
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Organisation findOrCreate(OrganisationData data, String field) {
        return repository.findByOrgId(data.orgId())
                .map(existing -> {
                    if (existing.getType() != data.type()) {
                        throw new DomainRuleViolation(field + ".type", "must be " + existing.getType()
                                + ": org-id " + data.orgId() + " is already known as " + existing.getName());
                    }
                    return existing;
                })
                .orElseGet(() -> {
                    Organisation created = repository.save(new Organisation(data.name().trim(), data.type(),
                            data.orgId(), normalisePostcode(data.postcode())));
                    audit.record(AuditEntry.of(AuditSubject.ORGANISATION, created.getId(), "ORGANISATION_CREATED",
                            "Organisation " + created.getName() + " (" + data.orgId() + ") recorded"));
                    return created;
                });
    }

    private static String normalisePostcode(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.replace(" ", "").toUpperCase();
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
