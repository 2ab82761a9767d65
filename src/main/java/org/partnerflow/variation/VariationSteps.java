package org.partnerflow.variation;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.award.VariedAwards;
import org.partnerflow.milestone.PlanChange;
import org.partnerflow.milestone.PlanChangeSummary;
import org.partnerflow.milestone.PlanVariations;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of awardVariation: a programme manager's assessment, a funder's approval, and what the process then does
 * by itself: apply the variation (in the approval's transaction, so a broken rule leaves the approval open and
 * nothing written), or record that it was returned or rejected.
 */
@Service
public class VariationSteps {

    private final AwardVariationRepository variations;
    private final VariationDecisionRepository decisions;
    private final VariedAwards varied;
    private final PlanVariations plans;
    private final Clock clock;
    private final AuditTrail audit;
    private final VariationMilestones milestones;

    private final org.partnerflow.learning.LearningSchedules learningSchedules;

    VariationSteps(AwardVariationRepository variations, VariationDecisionRepository decisions, VariedAwards varied,
            PlanVariations plans, Clock clock, AuditTrail audit,
            VariationMilestones milestones, org.partnerflow.learning.LearningSchedules learningSchedules) {
        this.learningSchedules = learningSchedules;
        this.variations = variations;
        this.decisions = decisions;
        this.varied = varied;
        this.plans = plans;
        this.clock = clock;
        this.audit = audit;
        this.milestones = milestones;
    }

    @Transactional
    public void assess(long variationId, AssessVariationRequest body, String manager) {
        AwardVariation variation = open(variationId, VariationStatus.REQUESTED);
        requireComments(body.decision() != AssessVariationRequest.Decision.RECOMMEND, body.comments());
        decide(variation, VariationDecision.Step.ASSESS, body.decision().name(), body.comments(), manager);
        if (body.decision() == AssessVariationRequest.Decision.RECOMMEND) {
            variation.recommend();
            audit.record(entry(variation, "VARIATION_RECOMMENDED", "Variation " + variationId + " recommended")
                    .by(manager).change("status", VariationStatus.REQUESTED, VariationStatus.RECOMMENDED));
        }
    }

    @Transactional
    public void approve(long variationId, ApproveVariationRequest body, String funder) {
        AwardVariation variation = open(variationId, VariationStatus.RECOMMENDED);
        requireComments(body.decision() == ApproveVariationRequest.Decision.REJECT, body.comments());
        decide(variation, VariationDecision.Step.APPROVE, body.decision().name(), body.comments(), funder);
    }

    /**
     * Applies an approved variation: the award's amount and end date under the programme's and the award's locks,
     * then the open milestones replaced and the award's timers moved to a new end date. All or nothing.
     */
    @Transactional
    public void apply(long variationId) {
        AwardVariation variation = variations.require(variationId);
        String funder = lastDecider(variationId);
        long awardId = variation.getAwardId();
        List<PlanChange> before = milestones.open(awardId);
        VariedAwards.Change change = varied.apply(awardId, variation.getAmountAwarded(), variation.getEndDate(), funder);
        List<PlanChange> asked = milestones.read(variation.getMilestones());
        PlanChangeSummary summary = replace(awardId, asked, change, variation.getReason(), funder);
        if (!Objects.equals(change.endDateBefore(), change.endDateAfter())) {
            plans.followNewEndDate(awardId, change.endDateAfter());
            learningSchedules.followNewEndDate(awardId, change.endDateAfter(), funder);
        }
        variation.applied(change.amountBefore(), change.endDateBefore(), milestones.write(before),
                asked == null ? null : milestones.write(summary), clock.instant());
        AuditEntry entry = entry(variation, "VARIATION_APPLIED", "Variation " + variationId + " applied"
                + (asked == null ? "" : ": milestones added " + summary.added() + ", removed " + summary.removed()
                        + ", moved " + summary.moved()))
                .by(funder).money("amountAwarded", change.amountBefore(), change.amountAfter())
                .change("status", VariationStatus.RECOMMENDED, VariationStatus.APPLIED);
        if (!Objects.equals(change.endDateBefore(), change.endDateAfter())) {
            entry.change("endDate", change.endDateBefore(), change.endDateAfter());
        }
        audit.record(entry);
    }

    /**
     * The open milestones replaced (or, without a list, checked to still add up) under the award's lock. A plan that
     * no longer fits (a milestone approved since the variation was asked for, which the list removes, keeps or moves)
     * is a conflict (409): the approval happened first, and the variation no longer says what to do.
     */
    private PlanChangeSummary replace(long awardId, List<PlanChange> asked, VariedAwards.Change change, String reason,
            String funder) {
        try {
            return plans.replaceOpenMilestones(awardId, asked, change.amountAfter(), change.endDateAfter(), reason,
                    funder);
        } catch (DomainRuleViolation broken) {
            // The plan was checked when the variation was asked for: what breaks now changed since (a milestone
            // approved, a tranche released), so the variation no longer fits the plan as it stands.
            throw new ConflictException("The award's milestones changed after the variation was asked for: "
                    + broken.errors().stream().map(e -> e.field() + " " + e.message())
                            .collect(java.util.stream.Collectors.joining("; "))
                    + ". Reject it and ask again with the plan as it now stands.");
        }
    }

    /** Returned or rejected at either step: the record of it; another variation may now be asked for. */
    @Transactional
    public void close(long variationId, VariationStatus outcome) {
        close(variationId, outcome, lastDecider(variationId));
    }

    /** Withdrawn because its award was terminated, by whoever terminated it. */
    @Transactional
    public void withdraw(long variationId, String terminatedBy) {
        close(variationId, VariationStatus.WITHDRAWN, terminatedBy);
    }

    private void close(long variationId, VariationStatus outcome, String by) {
        AwardVariation variation = variations.require(variationId);
        VariationStatus before = variation.getStatus();
        variation.close(outcome);
        audit.record(entry(variation, "VARIATION_" + outcome.name(), "Variation " + variationId + " "
                + outcome.name().toLowerCase(java.util.Locale.ROOT)).by(by).change("status", before, outcome));
    }

    private AwardVariation open(long variationId, VariationStatus expected) {
        AwardVariation variation = variations.require(variationId);
        if (variation.getStatus() != expected) {
            throw new ConflictException("Variation " + variationId + " is " + variation.getStatus()
                    + ", not " + expected);
        }
        return variation;
    }

    private void decide(AwardVariation variation, VariationDecision.Step step, String decision, String comments,
            String by) {
        decisions.save(new VariationDecision(variation.getId(), step, decision, comments, by, clock.instant()));
    }

    private String lastDecider(long variationId) {
        List<VariationDecision> made = decisions.findByVariationIdInOrderByDecidedAtAscIdAsc(List.of(variationId));
        return made.isEmpty() ? null : made.get(made.size() - 1).getDecidedBy();
    }

    private static void requireComments(boolean needed, String comments) {
        new DomainRuleViolation.Collector().check(!needed || comments != null && !comments.isBlank(), "comments",
                "must say why: the person who asked for the variation reads it").throwIfAny();
    }

    private static AuditEntry entry(AwardVariation variation, String action, String summary) {
        return AuditEntry.of(AuditSubject.AWARD, variation.getAwardId(), action, summary)
                .award(variation.getAwardId(), variation.getPartnershipId());
    }
}
