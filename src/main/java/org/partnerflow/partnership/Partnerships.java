package org.partnerflow.partnership;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.organisation.Organisation;
import org.partnerflow.organisation.Organisations;
import org.partnerflow.programme.Programme;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.shared.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates partnerships and reads them for a user: staff see all, partners only their own. */
@Service
public class Partnerships {

    static final String LEAD_ROLE = "Lead partner";

    private final PartnershipRepository repository;
    private final Programmes programmes;
    private final Organisations organisations;
    private final Clock clock;
    private final AuditTrail audit;

    Partnerships(PartnershipRepository repository, Programmes programmes, Organisations organisations, Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.repository = repository;
        this.programmes = programmes;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    public PartnershipView create(PartnershipRequest request) {
        Programme programme;
        try {
            programme = programmes.require(request.programmeId());
        } catch (NotFoundException e) {
            throw new DomainRuleViolation("programmeId", "names no programme");
        }
        List<PartnershipRequest.Member> members = PartnershipRequest.orEmpty(request.members());
        rejectDuplicateMembers(members);

        Organisation lead = organisations.findOrCreate(request.leadOrganisation(), "leadOrganisation");
        PartnershipRequest.Location location = request.beneficiaryLocation();
        Partnership partnership = new Partnership(programme, request.name().trim(), request.place().trim(),
                request.description(), lead, PartnershipRequest.orEmpty(request.communityAims()),
                PartnershipRequest.orEmpty(request.systemAims()), PartnershipRequest.orEmpty(request.workstreams()),
                location == null ? null : new BeneficiaryLocation(location.name(), location.geoCode()), clock.instant());
        boolean leadListed = false;
        for (int i = 0; i < members.size(); i++) {
            PartnershipRequest.Member member = members.get(i);
            Organisation organisation = organisations.findOrCreate(member.organisation(), "members[" + i + "].organisation");
            leadListed |= organisation.getId().equals(lead.getId());
            partnership.addMember(organisation, member.role().trim());
        }
        if (!leadListed) {
            partnership.addMember(lead, LEAD_ROLE);
        }
        Partnership saved = repository.save(partnership);
        audit.record(AuditEntry.of(AuditSubject.PARTNERSHIP, saved.getId(), "PARTNERSHIP_CREATED",
                "Partnership " + saved.getName() + " created in " + programme.getCode()).partnership(saved.getId()));
        return PartnershipView.of(saved);
    }

    private static void rejectDuplicateMembers(List<PartnershipRequest.Member> members) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!seen.add(members.get(i).organisation().orgId())) {
                throw new DomainRuleViolation("members[" + i + "].organisation.orgId",
                        "lists organisation " + members.get(i).organisation().orgId() + " a second time");
            }
        }
    }

    /** The partnership itself, for modules that build on it (awards); callers check access first. */
    @Transactional(readOnly = true)
    public Partnership require(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Partnership", id));
    }

    /**
     * The names of the partnerships the user may read, by id, optionally of one programme: one statement of two
     * columns for staff, for lists and dashboards that only show names.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> namesVisibleTo(PartnerflowUser user, Long programmeId) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (user.isStaff()) {
            repository.findNames(programmeId).forEach(row -> names.put((Long) row[0], (String) row[1]));
        } else {
            visibleTo(user, programmeId).forEach(p -> names.put(p.id(), p.name()));
        }
        return names;
    }

    /** The names of the given partnerships that the user may read, in one statement. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(PartnerflowUser user, Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            repository.findNamesOf(ids).stream().filter(row -> user.canRead((Long) row[0]))
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** A page of partnership names in place order, and how many there are in all. */
    public record NamePage(Map<Long, String> names, long total) {
    }

    /**
     * One page of the names of a programme's partnerships the user may read, by place (pages count from 0): for
     * staff two statements whatever the size of the programme.
     */
    @Transactional(readOnly = true)
    public NamePage namesVisibleTo(PartnerflowUser user, long programmeId, int page, int size) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (user.isStaff()) {
            repository.findNamePage(programmeId, PageRequest.of(page, size))
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
            return new NamePage(names, repository.countByProgrammeId(programmeId));
        }
        List<PartnershipView> own = visibleTo(user, programmeId);
        own.stream().skip((long) page * size).limit(size).forEach(p -> names.put(p.id(), p.name()));
        return new NamePage(names, own.size());
    }

    /** One page of partnerships and how many the user may read in all. */
    public record PartnershipPage(List<PartnershipView> partnerships, long total) {
    }

    /**
     * One page of the partnerships the user may read (pages from 0, by programme and place), optionally of one
     * programme: for staff the page's ids, then only those partnerships with their members, a fixed number of
     * statements whatever the portfolio's size.
     */
    @Transactional(readOnly = true)
    public PartnershipPage visibleTo(PartnerflowUser user, Long programmeId, int page, int size) {
        Paging.check(page, size);
        if (!user.isStaff()) {
            List<PartnershipView> own = visibleTo(user, programmeId);
            return new PartnershipPage(own.stream().skip((long) page * size).limit(size).toList(), own.size());
        }
        List<Long> ids = repository.findIdPage(programmeId, PageRequest.of(page, size));
        long total = repository.countIn(programmeId);
        if (ids.isEmpty()) {
            return new PartnershipPage(List.of(), total);
        }
        repository.preloadMemberOrganisationsOf(ids);
        return new PartnershipPage(repository.findByIds(ids).stream().map(PartnershipView::of).toList(), total);
    }

    /** The partnerships the user may read, optionally of one programme. */
    @Transactional(readOnly = true)
    public List<PartnershipView> visibleTo(PartnerflowUser user, Long programmeId) {
        List<Partnership> found;
        if (user.isStaff()) {
            repository.preloadMemberOrganisations(programmeId); // into the persistence context, for the members
            found = programmeId == null ? repository.findAllOrdered() : repository.findByProgramme(programmeId);
        } else {
            found = user.partnershipIds().isEmpty() ? List.of() : repository.findByIds(user.partnershipIds()).stream()
                    .filter(p -> programmeId == null || p.getProgramme().getId().equals(programmeId))
                    .toList();
        }
        return found.stream().map(PartnershipView::of).toList();
    }

    /** One partnership; 404 when it does not exist or the user may not read it, so ids leak nothing. */
    @Transactional(readOnly = true)
    public PartnershipView get(long id, PartnerflowUser user) {
        if (!user.canRead(id)) {
            throw new NotFoundException("Partnership", id);
        }
        return repository.findById(id).map(PartnershipView::of).orElseThrow(() -> new NotFoundException("Partnership", id));
    }
}
