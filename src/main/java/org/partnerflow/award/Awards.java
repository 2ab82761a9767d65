package org.partnerflow.award;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.partnership.Partnership;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.shared.Paging;
import org.partnerflow.shared.Notifier;
import org.partnerflow.tasks.TaskList;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards: starts the grantAward process for a partnership and carries out its steps. The process's user tasks
 * and service tasks call the step methods here; reads check that the caller may see the partnership.
 */
@Service
public class Awards {

    public static final String PROCESS_KEY = "grantAward";
    static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

    private final AwardRepository repository;
    private final Partnerships partnerships;
    private final Programmes programmes;
    private final RuntimeService runtime;
    private final AwardProperties properties;
    private final Clock clock;
    private final AwardNumbers numbers;
    private final SpendReturnRepository spend;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Notifier notifier;
    /** The words of the mail subjects (i18n/mail.properties). */
    private final Formats formats;

    Awards(AwardRepository repository, Partnerships partnerships, Programmes programmes, RuntimeService runtime,
            AwardProperties properties, Clock clock, AwardNumbers numbers, EntityManager entityManager, SpendReturnRepository spend,
            AuditTrail audit, org.springframework.context.ApplicationEventPublisher events, Notifier notifier,
            Formats formats) {
        this.formats = formats;
        this.audit = audit;
        this.events = events;
        this.notifier = notifier;
        this.spend = spend;
        this.numbers = numbers;
        this.entityManager = entityManager;
        this.repository = repository;
        this.partnerships = partnerships;
        this.programmes = programmes;
        this.runtime = runtime;
        this.properties = properties;
        this.clock = clock;
    }

    /** Opens an award for a partnership and starts its grantAward process, waiting for the proposal. */
    @Transactional
    public AwardView start(long partnershipId, PartnerflowUser user) {
        if (!user.canRead(partnershipId)) {
            throw new NotFoundException("Partnership", partnershipId);
        }
        if (!user.has(Role.PROGRAMME_MANAGER) && !user.has(Role.ADMIN)
                && !(user.has(Role.PARTNER) && user.partnershipIds().contains(partnershipId))) {
            throw new AccessDeniedException("only the partnership or a programme manager starts an award");
        }
        Partnership partnership = partnerships.require(partnershipId);
        if (repository.existsInStatus(partnershipId, AwardStatus.IN_PROGRESS_OR_ACTIVE)) {
            throw new ConflictException("Partnership " + partnershipId + " already has an award in progress or active.");
        }
        long number = numbers.next();
        String reference = properties.referencePrefix() + "-" + partnership.getProgramme().getCode() + "-" + number;
        Award award = entityManager.merge(new Award(number, reference, partnership.getProgramme(), partnership,
                user.getUsername(), clock.instant()));
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, reference, Map.of(
                TaskList.PARTNERSHIP_ID, partnershipId,
                TaskList.AWARD_ID, award.getId(),
                "programmeId", partnership.getProgramme().getId(),
                "assessmentsRequired", properties.assessmentsRequired(),
                "offerAcceptancePeriod", properties.offerAcceptancePeriod().toString()));
        award.attachProcess(instance.getId());
        audit.record(entry(award, "AWARD_OPENED", "Opened award " + reference + " for " + partnership.getName(), null)
                .by(user.getUsername()));
        return AwardView.of(award);
    }

    @Transactional(readOnly = true)
    public List<AwardView> visibleTo(PartnerflowUser user, Long programmeId, Long partnershipId, AwardStatus status) {
        return search(user, programmeId, partnershipId, status, org.springframework.data.domain.Pageable.unpaged())
                .stream().map(AwardView::of).toList();
    }

    /** One page of the awards the user may see (pages from 0, newest first), and how many there are in all. */
    public record AwardPage(List<AwardView> awards, long total) {
    }

    @Transactional(readOnly = true)
    public AwardPage visibleTo(PartnerflowUser user, Long programmeId, Long partnershipId, AwardStatus status, int page,
            int size) {
        Paging.check(page, size);
        var found = search(user, programmeId, partnershipId, status,
                org.springframework.data.domain.PageRequest.of(page, size));
        return new AwardPage(found.getContent().stream().map(AwardView::of).toList(), found.getTotalElements());
    }

    /** Unpaged, Spring Data runs only the select; a page also counts, unless a short first page makes that moot. */
    private org.springframework.data.domain.Page<Award> search(PartnerflowUser user, Long programmeId,
            Long partnershipId, AwardStatus status, org.springframework.data.domain.Pageable page) {
        Set<Long> own = user.partnershipIds().isEmpty() ? Set.of(-1L) : user.partnershipIds();
        return repository.search(programmeId, partnershipId, status, user.isStaff(), own, page);
    }

    /**
     * The awards in the given statuses of some partnerships, newest first, only those the user may read: one
     * statement for a page of a portfolio, however large the programme.
     */
    @Transactional(readOnly = true)
    public List<AwardView> ofPartnerships(PartnerflowUser user, Collection<Long> partnershipIds,
            Collection<AwardStatus> statuses) {
        if (partnershipIds.isEmpty()) {
            return List.of();
        }
        return repository.findByPartnershipsInStatus(partnershipIds, statuses).stream()
                .filter(a -> user.canRead(a.getPartnership().getId())).map(AwardView::of).toList();
    }

    /** Active awards whose last day falls between two dates (inclusive), soonest first, of one programme or all. */
    @Transactional(readOnly = true)
    public List<AwardView> activeEndingBetween(PartnerflowUser user, Long programmeId, LocalDate from, LocalDate to) {
        return repository.findEnding(programmeId, AwardStatus.ACTIVE, from, to).stream()
                .filter(a -> user.canRead(a.getPartnership().getId())).map(AwardView::of).toList();
    }

    /** The awards with these ids that the user may read. */
    @Transactional(readOnly = true)
    public List<AwardView> byIds(PartnerflowUser user, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findByIdIn(ids).stream()
                .filter(a -> user.canRead(a.getPartnership().getId())).map(AwardView::of).toList();
    }

    /** One award with its plan; 404 for a partner of another partnership. */
    @Transactional(readOnly = true)
    public AwardDetail get(long id, PartnerflowUser user) {
        Award award = require(id);
        if (!user.canRead(award.getPartnership().getId())) {
            throw new NotFoundException("Award", id);
        }
        return AwardDetail.of(award, spend.findByAwardIdOrderByYear(id));
    }

    /** For task forms, whose access the task list has checked already. */
    @Transactional(readOnly = true)
    public AwardDetail detail(long id) {
        return AwardDetail.of(require(id), spend.findByAwardIdOrderByYear(id));
    }

    @Transactional(readOnly = true)
    public ProgrammeTerms termsFor(long awardId) {
        return ProgrammeTerms.of(require(awardId).getProgramme());
    }

    // --- steps of grantAward ----------------------------------------------------------------------------

    @Transactional
    public void submitProposal(long awardId, ProposalRequest proposal) {
        Award award = require(awardId);
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        ProposalRules.check(proposal, ProgrammeTerms.of(award.getProgramme()))
                .forEach(e -> errors.check(false, e.field(), e.message()));
        errors.throwIfAny();
        if (!award.getMilestones().isEmpty()) {
            // A revised plan reuses the milestone numbers: delete the old rows (tranches before the milestones
            // they point to) before the new ones are inserted.
            award.discardTranches();
            entityManager.flush();
            award.discardMilestones();
            entityManager.flush();
        }
        java.math.BigDecimal requestedBefore = award.getAmountRequested();
        AwardStatus before = award.getStatus();
        award.submit(proposal);
        audit.record(entry(award, "PROPOSAL_SUBMITTED", "Submitted the proposal (round " + award.getRound() + ") with "
                + proposal.milestones().size() + " milestones", before)
                .money("amountRequested", requestedBefore, award.getAmountRequested()));
    }

    /** Runs the eligibility policy against the programme as it is now; true when eligible. */
    @Transactional
    public boolean checkEligibility(long awardId) {
        Award award = require(awardId);
        Set<OrganisationType> memberTypes = award.getPartnership().getMembers().stream()
                .map(m -> m.getOrganisation().getType()).collect(Collectors.toSet());
        List<String> reasons = EligibilityPolicy.reasons(award.getAmountRequested(), award.getDurationMonths(),
                ProgrammeTerms.of(award.getProgramme()), memberTypes);
        AwardStatus before = award.getStatus();
        if (reasons.isEmpty()) {
            award.markEligible();
        } else {
            award.markIneligible(reasons);
        }
        audit.record(entry(award, "ELIGIBILITY_CHECKED", reasons.isEmpty() ? "Eligible: sent for assessment"
                : "Not eligible: " + String.join("; ", reasons), before));
        return reasons.isEmpty();
    }

    @Transactional
    public void assess(long awardId, AssessmentRequest request, String assessor) {
        Award award = require(awardId);
        if (award.currentAssessments().stream().anyMatch(a -> a.getAssessor().equals(assessor))) {
            throw new ConflictException("You have already assessed this proposal; another assessor must take this one.");
        }
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        List<String> scored = request.scores().stream().map(AssessmentRequest.CriterionScore::criterion).toList();
        errors.check(scored.size() == properties.criteria().size() && scored.containsAll(properties.criteria()),
                "scores", "must score each criterion once: " + String.join(", ", properties.criteria()));
        errors.throwIfAny();
        award.addAssessment(assessor, request.recommendation(), request.scores().stream()
                .map(s -> new Assessment.Score(s.criterion(), s.score(), s.comment())).toList(), clock.instant());
        audit.record(entry(award, "ASSESSED", "Assessed the proposal: " + request.recommendation(), null).by(assessor));
    }

    @Transactional
    public void decide(long awardId, DecisionRequest request, String funder) {
        Award award = require(awardId);
        var tranches = DecisionRules.check(request, award, award.getProgramme().getAwardCap());
        java.math.BigDecimal awardedBefore = award.getAmountAwarded();
        AwardStatus before = award.getStatus();
        award.decide(request.decision(), request.amountAwarded(), tranches, request.reasons(), request.conditions(),
                funder, clock.instant());
        audit.record(entry(award, "DECIDED", "Panel decision: " + request.decision(), before).by(funder)
                .money("amountAwarded", awardedBefore, award.getAmountAwarded()));
    }

    /** Commits the awarded amount against the programme's budget (row-locked) and opens the offer. */
    @Transactional
    public void makeOffer(long awardId) {
        Award award = require(awardId);
        programmes.commitAward(award.getProgramme().getId(), award.getId(), award.getAmountAwarded(), "amountAwarded");
        AwardStatus before = award.getStatus();
        award.offer(clock.instant().plus(properties.offerAcceptancePeriod()));
        audit.record(entry(award, "OFFER_MADE", "Offered " + org.partnerflow.shared.Money.format(award.getAmountAwarded())
                + ", open until " + award.getOfferExpiresAt(), before));
        notifier.send(AwardNotices.offerMade(award, formats));
    }

    @Transactional
    public void requestChanges(long awardId) {
        Award award = require(awardId);
        AwardStatus before = award.getStatus();
        award.returnForChanges();
        audit.record(entry(award, "CHANGES_REQUESTED", "Proposal returned to the partnership for changes", before));
        notifier.send(AwardNotices.changesRequested(award, formats));
    }

    @Transactional
    public void reject(long awardId) {
        Award award = require(awardId);
        AwardStatus before = award.getStatus();
        award.reject();
        audit.record(entry(award, "REJECTED", "Proposal rejected", before));
        notifier.send(AwardNotices.rejected(award, formats));
    }

    @Transactional
    public void answerOffer(long awardId, String partner, boolean accepted) {
        Award award = require(awardId);
        award.answer(partner, clock.instant());
        audit.record(entry(award, accepted ? "OFFER_ACCEPTED" : "OFFER_DECLINED",
                accepted ? "Offer accepted" : "Offer declined", null).by(partner));
    }

    /** Makes the award ACTIVE and says what runs under it: one delivery per milestone, then close-out. */
    @Transactional
    public Activation activate(long awardId) {
        Award award = require(awardId);
        AwardStatus before = award.getStatus();
        award.activate();
        audit.record(entry(award, "ACTIVATED", "Award active from " + award.getStartDate() + " to " + award.getEndDate(), before));
        events.publishEvent(new AwardActivated(award.getId(), award.getPartnership().getId(),
                award.getProgramme().getId(), award.getStartDate(), award.getEndDate()));
        java.time.ZonedDateTime closeOut = award.getEndDate().plusDays(1).atStartOfDay(UK);
        return new Activation(award.getMilestones().stream().map(Milestone::getId).toList(),
                java.util.Date.from(closeOut.toInstant()),
                LearningCadence.dueDates(award.getStartDate(), award.getDurationMonths(),
                        award.getProgramme().getLearningReviewCadenceMonths()).stream().map(Object::toString).toList());
    }

    @Transactional
    public void submitFinalReport(long awardId, String report, String partner) {
        Award award = require(awardId);
        award.submitFinalReport(report, partner, clock.instant());
        audit.record(entry(award, "FINAL_REPORT_SUBMITTED", "Final report submitted", null).by(partner));
    }

    /** The milestones an active award delivers and when its close-out is due. */
    public record Activation(List<Long> milestoneIds, java.util.Date closeOutAt, List<String> learningReviewDates) {
    }

    /** An offer declined or not accepted in time: its amount goes back to the programme's budget. */
    @Transactional
    public void withdrawOffer(long awardId) {
        Award award = require(awardId);
        AwardStatus before = award.getStatus();
        award.withdraw();
        audit.record(entry(award, "OFFER_WITHDRAWN", "Offer withdrawn: declined or not accepted in time", before));
        programmes.releaseAward(award.getProgramme().getId(), award.getId(), award.getAmountAwarded());
    }

    /** A change to the award, for the audit trail; a status that moved is kept before and after. */
    private static AuditEntry entry(Award award, String action, String summary, AwardStatus before) {
        AuditEntry entry = AuditEntry.of(AuditSubject.AWARD, award.getId(), action, summary)
                .award(award.getId(), award.getPartnership().getId());
        if (before != null && before != award.getStatus()) {
            entry.change("status", before, award.getStatus());
        }
        return entry;
    }

    private Award require(long id) {
        return repository.findWithProgrammeById(id).orElseThrow(() -> new NotFoundException("Award", id));
    }
}
