package org.partnerflow.programme;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.partnerflow.organisation.Organisations;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Money;
import org.partnerflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates programmes and reads them for a user: staff see all, partners the programmes they take part in. */
@Service
public class Programmes {

    private final ProgrammeRepository repository;
    private final Organisations organisations;
    private final ProgrammeVisibility visibility;
    private final Clock clock;

    Programmes(ProgrammeRepository repository, Organisations organisations, ProgrammeVisibility visibility, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.visibility = visibility;
        this.clock = clock;
    }

    @Transactional
    public ProgrammeView create(ProgrammeRequest request) {
        if (request.awardCap().compareTo(request.totalBudget()) > 0) {
            throw new DomainRuleViolation("awardCap", "must not be more than totalBudget ("
                    + Money.format(request.totalBudget()) + ")");
        }
        if (request.learningReviewCadenceMonths() > request.maxDurationMonths()) {
            throw new DomainRuleViolation("learningReviewCadenceMonths",
                    "must not be longer than maxDurationMonths (" + request.maxDurationMonths() + ")");
        }
        if (repository.existsByCode(request.code())) {
            throw new ConflictException("A programme with code " + request.code() + " already exists.");
        }
        Programme programme = new Programme(request.code(), request.title().trim(), request.description(),
                organisations.findOrCreate(request.funder(), "funder"), Money.gbp(request.totalBudget()),
                Money.gbp(request.awardCap()), request.maxDurationMonths(), request.learningReviewCadenceMonths(),
                request.requiredMemberTypes() == null ? Set.of() : request.requiredMemberTypes(), clock.instant());
        return ProgrammeView.of(repository.save(programme));
    }

    @Transactional(readOnly = true)
    public List<ProgrammeView> visibleTo(PartnerflowUser user) {
        List<Programme> programmes = user.isStaff()
                ? repository.findAllByOrderByTitle()
                : repository.findByIdInOrderByTitle(visibility.programmeIdsOf(user.partnershipIds()));
        return programmes.stream().map(ProgrammeView::of).toList();
    }

    /** One programme; 404 for a partner who takes no part in it, so ids leak nothing. */
    @Transactional(readOnly = true)
    public ProgrammeView get(long id, PartnerflowUser user) {
        if (!user.isStaff() && !visibility.programmeIdsOf(user.partnershipIds()).contains(id)) {
            throw new NotFoundException("Programme", id);
        }
        return repository.findById(id).map(ProgrammeView::of).orElseThrow(() -> new NotFoundException("Programme", id));
    }

    /** For the modules below the web layer (partnership checks, eligibility). */
    @Transactional(readOnly = true)
    public Programme require(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return repository.existsByCode(code);
    }
}
