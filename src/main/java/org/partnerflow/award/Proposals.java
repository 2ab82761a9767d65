package org.partnerflow.award;

import static org.partnerflow.award.AwardChanges.entry;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.partnership.Partnership;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Criterion;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.tasks.TaskList;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application and assessment: opens an award and its grantAward process for a partnership, takes the proposal
 * (replacing the milestone plan of an earlier round), checks eligibility and records the assessments.
 */
@Service
public class Proposals {

    public static final String PROCESS_KEY = "grantAward";

    private final AwardRepository repository;
    private final Partnerships partnerships;
    private final AwardNumbers numbers;
    private final AwardPlans plans;
    private final RuntimeService runtime;
    private final ApplicationTerms properties;
    private final Clock clock;
    private final AuditTrail audit;

    Proposals(AwardRepository repository, Partnerships partnerships, AwardNumbers numbers, AwardPlans plans,
            RuntimeService runtime, ApplicationTerms properties, Clock clock, AuditTrail audit) {
        this.repository = repository;
        this.partnerships = partnerships;
        this.numbers = numbers;
        this.plans = plans;
        this.runtime = runtime;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
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
        int assessmentsRequired = properties.assessmentsRequired(partnership.getProgramme().getId());
        if (repository.existsInStatus(partnershipId, AwardStatus.IN_PROGRESS_OR_ACTIVE)) {
            throw new ConflictException("Partnership " + partnershipId + " already has an award in progress or active.");
        }
        long number = numbers.next();
        String reference = properties.referencePrefix() + "-" + partnership.getProgramme().getCode() + "-" + number;
        // The id is drawn before the award is built, so save merges it, as an entity manager's merge would.
        Award award = repository.save(new Award(number, reference, partnership.getProgramme(), partnership,
                user.getUsername(), clock.instant()));
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, reference, Map.of(
                TaskList.PARTNERSHIP_ID, partnershipId,
                TaskList.AWARD_ID, award.getId(),
                "programmeId", partnership.getProgramme().getId(),
                "assessmentsRequired", assessmentsRequired,
                "offerAcceptancePeriod", properties.offerAcceptancePeriod().toString()));
        award.attachProcess(instance.getId());
        audit.record(entry(award, "AWARD_OPENED", "Opened award " + reference + " for " + partnership.getName(), null)
                .by(user.getUsername()));
        return AwardView.of(award);
    }

    /** Takes a (re)submitted proposal; its milestones and tranches replace those of an earlier round. */
    @Transactional
    public void submitProposal(long awardId, ProposalRequest proposal) {
        Award award = repository.require(awardId);
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        ProposalRules.check(proposal, ProgrammeTerms.of(award.getProgramme()))
                .forEach(e -> errors.check(false, e.field(), e.message()));
        errors.throwIfAny();
        java.math.BigDecimal requestedBefore = award.getAmountRequested();
        AwardStatus before = award.getStatus();
        award.submit(proposal);
        plans.replace(award.getId(), award.getProgramme().getId(), proposal.milestones().stream()
                .map(m -> new AwardPlans.Step(m.title(), m.dueDate(), m.evidenceExpected(), m.trancheAmount()))
                .toList());
        audit.record(entry(award, "PROPOSAL_SUBMITTED", "Submitted the proposal (round " + award.getRound() + ") with "
                + proposal.milestones().size() + " milestones", before)
                .money("amountRequested", requestedBefore, award.getAmountRequested()));
    }

    /** Runs the eligibility policy against the programme as it is now; true when eligible. */
    @Transactional
    public boolean checkEligibility(long awardId) {
        Award award = repository.require(awardId);
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
        Award award = repository.require(awardId);
        if (award.currentAssessments().stream().anyMatch(a -> a.getAssessor().equals(assessor))) {
            throw new ConflictException("You have already assessed this proposal; another assessor must take this one.");
        }
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        Map<String, Integer> weights = properties.criteria(award.getProgramme().getId()).stream()
                .collect(Collectors.toMap(Criterion::name, Criterion::weight, (a, b) -> a, LinkedHashMap::new));
        List<String> scored = request.scores().stream().map(AssessmentRequest.CriterionScore::criterion).toList();
        errors.check(scored.size() == weights.size() && scored.containsAll(weights.keySet()),
                "scores", "must score each criterion once: " + String.join(", ", weights.keySet()));
        errors.throwIfAny();
        award.addAssessment(assessor, request.recommendation(), request.scores().stream()
                .map(s -> new Assessment.Score(s.criterion(), s.score(), s.comment(), weights.get(s.criterion())))
                .toList(), clock.instant());
        audit.record(entry(award, "ASSESSED", "Assessed the proposal: " + request.recommendation(), null).by(assessor));
    }
}
