package org.partnerflow.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Money;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of milestoneDelivery: evidence, review, follow-up of overdue milestones, and the two-person release
 * of the tranche. State of the milestone and its tranche lives in {@link MilestonePlan}; the records of who did
 * what live here.
 */
@Service
public class MilestoneDelivery {

    private final MilestonePlan plan;
    private final EvidenceSubmissionRepository submissions;
    private final EvidenceReviewRepository reviews;
    private final OverdueFollowUpRepository followUps;
    private final TrancheReleaseRepository releases;
    private final DisbursementRepository disbursements;
    private final MilestoneVariationRepository variations;
    private final Clock clock;
    private final AuditTrail audit;

    MilestoneDelivery(MilestonePlan plan, EvidenceSubmissionRepository submissions, EvidenceReviewRepository reviews,
            OverdueFollowUpRepository followUps, TrancheReleaseRepository releases, DisbursementRepository disbursements,
            MilestoneVariationRepository variations, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.variations = variations;
        this.plan = plan;
        this.submissions = submissions;
        this.reviews = reviews;
        this.followUps = followUps;
        this.releases = releases;
        this.disbursements = disbursements;
        this.clock = clock;
    }

    /**
     * Records a round of evidence. The partnership comes from the task being completed (the task list has checked
     * the partner belongs to it), so a submission reads the milestone's own rows only.
     */
    @Transactional
    public void submitEvidence(long milestoneId, long partnershipId, EvidenceRequest request, String partner) {
        MilestoneStatusChange change = plan.markSubmitted(milestoneId);
        int round = change.evidenceRounds(); // counted on the milestone row, which the submission updates anyway
        submissions.save(new EvidenceSubmission(milestoneId, round, request.narrative().trim(),
                request.links() == null ? List.of() : request.links(), partner, clock.instant()));
        audit.record(entry(milestoneId, change.awardId(), partnershipId, "EVIDENCE_SUBMITTED",
                "Evidence for " + change.title() + " submitted (round " + round + ")").by(partner)
                .change("status", change.before(), change.after()));
    }

    @Transactional
    public void review(long milestoneId, ReviewRequest request, String manager) {
        if (request.decision() == ReviewRequest.Decision.REQUEST_CHANGES
                && (request.comments() == null || request.comments().isBlank())) {
            throw new DomainRuleViolation("comments", "must say what the partnership should change");
        }
        int round = submissions.findByMilestoneIdOrderByRound(milestoneId).size();
        reviews.save(new EvidenceReview(milestoneId, round, request.decision().name(), request.comments(), manager,
                clock.instant()));
        MilestoneFacts facts = plan.facts(milestoneId);
        audit.record(entry(facts, "EVIDENCE_REVIEWED", "Evidence for " + facts.title() + " reviewed (round " + round
                + "): " + request.decision()).by(manager));
    }

    @Transactional
    public void followUp(long milestoneId, FollowUpRequest request, String manager) {
        followUps.save(new OverdueFollowUp(milestoneId, request.note().trim(), manager, clock.instant()));
        MilestoneFacts facts = plan.facts(milestoneId);
        audit.record(entry(facts, "OVERDUE_FOLLOWED_UP", "Overdue milestone " + facts.title() + " followed up")
                .by(manager));
    }

    /** Proposes releasing the milestone's tranche; the amount must be the tranche's (a change is a variation). */
    @Transactional
    public void proposeRelease(long milestoneId, ReleaseProposalRequest request, String manager) {
        MilestoneFacts facts = plan.facts(milestoneId);
        if (request.amount().compareTo(facts.trancheAmount()) != 0) {
            throw new DomainRuleViolation("amount", "must be the tranche's amount, " + Money.format(facts.trancheAmount()));
        }
        plan.proposeRelease(facts.trancheId());
        releases.save(new TrancheRelease(facts.trancheId(), facts.trancheAmount(), manager, clock.instant(),
                request.comments()));
    }

    /** Decides on the open proposal; the person who proposed it may not decide it. */
    @Transactional
    public void decideRelease(long milestoneId, ReleaseDecisionRequest request, String approver) {
        MilestoneFacts facts = plan.facts(milestoneId);
        TrancheRelease proposal = releases.findFirstByTrancheIdAndDecisionIsNullOrderByProposedAtDesc(facts.trancheId())
                .orElseThrow(() -> new DomainRuleViolation("decision", "has no release proposal to decide on"));
        if (proposal.getProposedBy().equals(approver)) {
            throw new AccessDeniedException("the person who proposed a release cannot approve it");
        }
        proposal.decide(request.decision().name(), approver, clock.instant(), request.comments());
        boolean release = request.decision() == ReleaseDecisionRequest.Decision.RELEASE;
        audit.record(AuditEntry.of(AuditSubject.TRANCHE, facts.trancheId(),
                release ? "TRANCHE_RELEASE_APPROVED" : "TRANCHE_HELD",
                (release ? "Release of " : "Held the release of ") + Money.format(facts.trancheAmount())
                        + " proposed by " + proposal.getProposedBy())
                .award(facts.awardId(), facts.partnershipId()).by(approver));
    }

    /**
     * Releases the tranche and records the disbursement. Idempotent: a tranche already released (a retried job,
     * a duplicated request) is not paid again, and the disbursement's unique key backs that in the database.
     */
    @Transactional
    public boolean release(long milestoneId, String releasedBy) {
        MilestoneFacts facts = plan.facts(milestoneId);
        boolean released = plan.release(facts.trancheId());
        if (released) {
            disbursements.save(new Disbursement(facts.awardId(), facts.trancheId(), facts.trancheAmount(),
                    LocalDate.now(clock), releasedBy, clock.instant()));
        }
        return released;
    }

    private static AuditEntry entry(MilestoneFacts facts, String action, String summary) {
        return entry(facts.milestoneId(), facts.awardId(), facts.partnershipId(), action, summary);
    }

    private static AuditEntry entry(Long milestoneId, Long awardId, Long partnershipId, String action, String summary) {
        return AuditEntry.of(AuditSubject.MILESTONE, milestoneId, action, summary).award(awardId, partnershipId);
    }

    @Transactional(readOnly = true)
    public MilestoneHistory history(long milestoneId) {
        MilestoneFacts facts = plan.facts(milestoneId);
        List<EvidenceSubmission> rounds = submissions.findByMilestoneIdOrderByRound(milestoneId);
        rounds.forEach(EvidenceSubmission::getLinks); // load the links while the session is open
        return new MilestoneHistory(facts, rounds,
                reviews.findByMilestoneIdOrderByReviewedAt(milestoneId),
                followUps.findByMilestoneIdOrderByRecordedAt(milestoneId),
                facts.trancheId() == null ? List.of() : releases.findByTrancheIdOrderByProposedAt(facts.trancheId()),
                variations.findByMilestoneIdOrderByVariedAt(milestoneId));
    }
}
