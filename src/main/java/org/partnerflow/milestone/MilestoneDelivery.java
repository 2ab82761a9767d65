package org.partnerflow.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Money;
import org.partnerflow.tasks.FollowUp;
import org.partnerflow.tasks.FollowUpSubject;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of milestoneDelivery: evidence, review, and the two-person release of the tranche (an overdue
 * milestone's follow-up is recorded by the task list's FollowUps). State of the milestone and its tranche lives in
 * {@link MilestonePlan}; the records of who did what live here.
 */
@Service
public class MilestoneDelivery {

    private final MilestonePlan plan;
    private final EvidenceSubmissionRepository submissions;
    private final EvidenceReviewRepository reviews;
    private final TrancheReleaseRepository releases;
    private final DisbursementRepository disbursements;
    private final MilestoneHistories histories;
    private final Clock clock;
    private final AuditTrail audit;

    MilestoneDelivery(MilestonePlan plan, EvidenceSubmissionRepository submissions, EvidenceReviewRepository reviews,
            TrancheReleaseRepository releases, DisbursementRepository disbursements, MilestoneHistories histories,
            Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.histories = histories;
        this.plan = plan;
        this.submissions = submissions;
        this.reviews = reviews;
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

    /** The overdue milestone as a follow-up records it, with the audit entry recording one writes. */
    @Transactional
    public FollowUpSubject followUpSubject(long milestoneId) {
        MilestoneFacts facts = plan.facts(milestoneId);
        return new FollowUpSubject(FollowUp.Kind.MILESTONE, milestoneId, facts.awardId(), facts.partnershipId(),
                entry(facts, "OVERDUE_FOLLOWED_UP", "Overdue milestone " + facts.title() + " followed up"));
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
            // The amount as released, read again under the award's lock: a re-plan that committed while this
            // release waited for the lock has changed it since the facts above were read.
            MilestoneFacts paid = plan.facts(milestoneId);
            disbursements.save(new Disbursement(paid.awardId(), paid.trancheId(), paid.trancheAmount(),
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
        return histories.of(milestoneId);
    }
}
