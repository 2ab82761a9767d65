package org.partnerflow.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.organisation.Organisations;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Money;
import org.partnerflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creates programmes and reads them for a user: staff see all, partners the programmes they take part in. */
@Service
public class Programmes {

    private final ProgrammeRepository repository;
    private final Organisations organisations;
    private final ProgrammeVisibility visibility;
    private final Clock clock;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    Programmes(ProgrammeRepository repository, Organisations organisations, ProgrammeVisibility visibility, Clock clock,
            EntityManager entityManager, AuditTrail audit) {
        this.audit = audit;
        this.entityManager = entityManager;
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
        Programme saved = repository.save(programme);
        audit.record(AuditEntry.of(AuditSubject.PROGRAMME, saved.getId(), "PROGRAMME_CREATED",
                "Created programme " + saved.getCode() + ", " + saved.getTitle())
                .money("totalBudget", null, saved.getTotalBudget()));
        return ProgrammeView.of(saved);
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

    /**
     * Commits an award's amount against the programme's budget. The programme's row is locked for the rest of
     * the transaction, so two panels approving at once are served one after the other and the second sees the
     * first's commitment; the database's CHECK constraint backs the rule.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void commitAward(long programmeId, long awardId, BigDecimal amount, String field) {
        Programme programme = lock(programmeId);
        if (amount.compareTo(programme.getRemainingBudget()) > 0) {
            throw new DomainRuleViolation(field, "must not be more than the programme's remaining budget ("
                    + Money.format(programme.getRemainingBudget()) + ")");
        }
        BigDecimal before = programme.getAwarded();
        programme.commit(amount);
        recordBudget(programme, awardId, "BUDGET_COMMITTED", "Committed " + Money.format(amount)
                + " of " + programme.getCode() + "'s budget to the award", before);
    }

    /** Returns a withdrawn or declined offer's amount to the programme's budget. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseAward(long programmeId, long awardId, BigDecimal amount) {
        Programme programme = lock(programmeId);
        BigDecimal before = programme.getAwarded();
        programme.release(amount);
        recordBudget(programme, awardId, "BUDGET_RELEASED", "Returned " + Money.format(amount)
                + " to " + programme.getCode() + "'s budget", before);
    }

    /**
     * Locks the programme's row for the rest of the caller's transaction (as committing does) and gives the budget as
     * it then stands, for a change that must see every other commitment first (an award variation).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProgrammeView lockBudget(long programmeId) {
        return ProgrammeView.of(lock(programmeId));
    }

    private void recordBudget(Programme programme, long awardId, String action, String summary, BigDecimal before) {
        audit.record(AuditEntry.of(AuditSubject.PROGRAMME, programme.getId(), action, summary)
                .award(awardId, null).money("awarded", before, programme.getAwarded()));
    }

    private Programme lock(long programmeId) {
        Programme programme = entityManager.find(Programme.class, programmeId);
        if (programme == null) {
            throw new NotFoundException("Programme", programmeId);
        }
        entityManager.refresh(programme, LockModeType.PESSIMISTIC_WRITE);
        return programme;
    }

    /** For the modules below the web layer (partnership checks, eligibility). */
    @Transactional(readOnly = true)
    public Programme require(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
    }

}
