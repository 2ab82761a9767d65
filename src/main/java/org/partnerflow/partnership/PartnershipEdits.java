package org.partnerflow.partnership;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Objects;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.organisation.Organisation;
import org.partnerflow.organisation.Organisations;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a partnership's set-up: its details from the version the caller read, and its members one at a time. The
 * lead organisation and members with recorded contributions stay. Every change is in the partnership's audit trail.
 */
@Service
public class PartnershipEdits {

    private final EntityManager entityManager;
    private final Organisations organisations;
    private final MemberContributions contributions;
    private final AuditTrail audit;

    PartnershipEdits(EntityManager entityManager, Organisations organisations, MemberContributions contributions,
            AuditTrail audit) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.contributions = contributions;
        this.audit = audit;
    }

    /** The changed partnership; a stale version is refused (409). */
    @Transactional
    public PartnershipView change(long id, PartnershipChange change) {
        Partnership partnership = lock(id, LockModeType.PESSIMISTIC_WRITE);
        if (partnership.getVersion() != change.version()) {
            throw new ObjectOptimisticLockingFailureException(Partnership.class, id);
        }
        AuditEntry entry = AuditEntry.of(AuditSubject.PARTNERSHIP, id, "PARTNERSHIP_CHANGED",
                "Changed partnership " + partnership.getName()).partnership(id);
        String name = change.name() == null ? partnership.getName() : change.name().trim();
        String place = change.place() == null ? partnership.getPlace() : change.place().trim();
        String description = change.description() == null ? partnership.getDescription()
                : change.description().isBlank() ? null : change.description().trim();
        boolean changed = compare(entry, "name", partnership.getName(), name)
                | compare(entry, "place", partnership.getPlace(), place)
                | compare(entry, "description", partnership.getDescription(), description);
        if (changed) {
            partnership.rename(name, place, description);
        }
        List<String> community = Objects.requireNonNullElse(change.communityAims(), partnership.getCommunityAims());
        List<String> system = Objects.requireNonNullElse(change.systemAims(), partnership.getSystemAims());
        List<String> workstreams = Objects.requireNonNullElse(change.workstreams(), partnership.getWorkstreams());
        boolean aims = compare(entry, "communityAims", partnership.getCommunityAims(), community)
                | compare(entry, "systemAims", partnership.getSystemAims(), system)
                | compare(entry, "workstreams", partnership.getWorkstreams(), workstreams);
        if (aims) {
            partnership.changeAims(community, system, workstreams);
        }
        if (change.beneficiaryLocation() != null) {
            BeneficiaryLocation location = new BeneficiaryLocation(change.beneficiaryLocation().name().trim(),
                    change.beneficiaryLocation().geoCode());
            if (compare(entry, "beneficiaryLocation", words(partnership.getBeneficiaryLocation()), words(location))) {
                partnership.locate(location);
                aims = true;
            }
        }
        if (changed || aims) {
            entityManager.flush();
            audit.record(entry);
        }
        return PartnershipView.of(partnership);
    }

    /** Adds an organisation (found by org-id or created) in a role; an organisation is a member at most once (409). */
    @Transactional
    public PartnershipView addMember(long id, PartnershipRequest.Member member) {
        Partnership partnership = lock(id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Organisation organisation = organisations.findOrCreate(member.organisation(), "organisation");
        if (partnership.getMembers().stream().anyMatch(m -> m.getOrganisation().getId().equals(organisation.getId()))) {
            throw new ConflictException(organisation.getName() + " (" + organisation.getOrgId()
                    + ") is already a member of this partnership.");
        }
        partnership.addMember(organisation, member.role().trim());
        entityManager.flush();
        audit.record(AuditEntry.of(AuditSubject.PARTNERSHIP, id, "MEMBER_ADDED", "Added " + organisation.getName()
                + " to " + partnership.getName()).partnership(id)
                .change("member", null, organisation.getOrgId() + " " + organisation.getName())
                .change("role", null, member.role().trim()));
        return PartnershipView.of(partnership);
    }

    /** Takes a member out; never the lead organisation, nor one with recorded contributions (409 with the reason). */
    @Transactional
    public PartnershipView removeMember(long id, long organisationId) {
        Partnership partnership = lock(id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        PartnershipMember member = partnership.getMembers().stream()
                .filter(m -> m.getOrganisation().getId() == organisationId).findFirst()
                .orElseThrow(() -> new NotFoundException("Member organisation", organisationId));
        Organisation organisation = member.getOrganisation();
        if (partnership.getLeadOrganisation().getId() == organisationId) {
            throw new ConflictException(organisation.getName()
                    + " is the partnership's lead organisation and cannot be removed.");
        }
        if (contributions.hasContributions(id, organisationId)) {
            throw new ConflictException(organisation.getName()
                    + " has recorded contributions to the partnership's pooled budget and cannot be removed.");
        }
        partnership.removeMember(organisationId);
        entityManager.flush();
        audit.record(AuditEntry.of(AuditSubject.PARTNERSHIP, id, "MEMBER_REMOVED", "Removed " + organisation.getName()
                + " from " + partnership.getName()).partnership(id)
                .change("member", organisation.getOrgId() + " " + organisation.getName(), null)
                .change("role", member.getRole(), null));
        return PartnershipView.of(partnership);
    }

    private Partnership lock(long id, LockModeType mode) {
        Partnership partnership = entityManager.find(Partnership.class, id, mode);
        if (partnership == null) {
            throw new NotFoundException("Partnership", id);
        }
        return partnership;
    }

    private static String words(BeneficiaryLocation location) {
        return location == null ? null : location.name() + " (" + location.geoCode() + ")";
    }

    private static boolean compare(AuditEntry entry, String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return false;
        }
        entry.change(field, before, after);
        return true;
    }
}
