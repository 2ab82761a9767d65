package org.partnerflow.variation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.VariationLimits;
import org.partnerflow.award.VariedAwards;
import org.partnerflow.milestone.PlanVariations;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks for a variation of an award and starts awardVariation: the partnership's partners or a programme manager, for
 * an active or suspended award with no other variation open; every rule the approval will check is checked now too.
 */
@Service
public class AwardVariations {

    public static final String PROCESS_KEY = "awardVariation";

    private final AwardVariationRepository variations;
    private final AwardQueries awards;
    private final VariedAwards varied;
    private final PlanVariations plans;
    private final RuntimeService runtime;
    private final Clock clock;
    private final AuditTrail audit;
    private final VariationMilestones milestones;

    AwardVariations(AwardVariationRepository variations, AwardQueries awards, VariedAwards varied,
            PlanVariations plans, RuntimeService runtime, Clock clock, AuditTrail audit,
            VariationMilestones milestones) {
        this.variations = variations;
        this.awards = awards;
        this.varied = varied;
        this.plans = plans;
        this.runtime = runtime;
        this.clock = clock;
        this.audit = audit;
        this.milestones = milestones;
    }

    /** Whether the user may ask for a variation of an award of this partnership (its partners, programme managers). */
    public static boolean mayRequest(long partnershipId, PartnerflowUser user) {
        return user.has(Role.PROGRAMME_MANAGER)
                || user.has(Role.PARTNER) && user.partnershipIds().contains(partnershipId);
    }

    /** 404 for an award the user may not read (as the award), 403 for one they may read but not vary. */
    @Transactional(readOnly = true)
    public AwardView requireRequester(long awardId, PartnerflowUser user) {
        AwardView award = awards.get(awardId, user).award();
        if (!mayRequest(award.partnershipId(), user)) {
            throw new AccessDeniedException("only the partnership or a programme manager asks for a variation");
        }
        return award;
    }

    @Transactional
    public VariationView request(long awardId, VariationRequest body, PartnerflowUser user) {
        AwardView award = requireRequester(awardId, user);
        if (variations.existsByOpenAwardId(awardId)) {
            throw new ConflictException("Award " + award.reference() + " already has a variation waiting for a"
                    + " decision: one at a time");
        }
        VariationLimits limits = varied.limits(awardId);
        BigDecimal amount = changed(body.amountAwarded(), limits.amountAwarded());
        LocalDate endDate = body.endDate() == null || body.endDate().equals(limits.endDate()) ? null : body.endDate();
        new DomainRuleViolation.Collector()
                .check(body.reason() != null && !body.reason().isBlank(), "reason", "must say why the award should change")
                .check(body.reason() == null || body.reason().strip().length() <= 4000, "reason",
                        "must be at most 4000 characters")
                .check(amount != null || endDate != null || body.milestones() != null, "changes",
                        "must ask for a new amount, a new end date or a new list of milestones")
                .check(amount == null || body.milestones() != null, "milestones", "must be given when the amount"
                        + " changes: the open milestones' tranches must add up to the new amount less what is"
                        + " already approved or released")
                .throwIfAny();
        varied.check(awardId, amount, endDate);
        if (body.milestones() != null || amount != null || endDate != null) {
            // A new end date alone must still hold the open milestones as they are: checked as that list.
            plans.check(awardId, body.milestones() != null ? body.milestones() : milestones.open(awardId),
                    amount == null ? limits.amountAwarded() : amount, endDate == null ? limits.endDate() : endDate);
        }
        AwardVariation variation = save(new AwardVariation(awardId, award.partnershipId(), body.reason(), user.getUsername(),
                clock.instant(), amount, endDate, milestones.write(body.milestones())), award);
        variation.attachProcess(runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(variation.getId()),
                Map.of("awardId", awardId, "partnershipId", award.partnershipId(), "programmeId", award.programmeId(),
                        "variationId", variation.getId())).getId());
        AuditEntry entry = AuditEntry.of(AuditSubject.AWARD, awardId, "VARIATION_REQUESTED",
                        "Variation " + variation.getId() + " asked for: " + variation.getReason())
                .award(awardId, award.partnershipId()).by(user.getUsername())
                .change("status", null, VariationStatus.REQUESTED);
        if (amount != null) {
            entry.money("amountAwarded", limits.amountAwarded(), amount);
        }
        if (endDate != null) {
            entry.change("endDate", limits.endDate(), endDate);
        }
        audit.record(entry);
        return new VariationView(variation.getId(), awardId, variation.getStatus(), variation.getReason(),
                variation.getRequestedBy(), variation.getRequestedAt(),
                new VariationView.Changes(amount, endDate, body.milestones()), null, List.of(),
                variation.getProcessInstanceId());
    }

    private AwardVariation save(AwardVariation variation, AwardView award) {
        try {
            return variations.saveAndFlush(variation);
        } catch (DataIntegrityViolationException raced) {
            // Another variation of the same award was asked for at the same moment: the database kept one open.
            throw new ConflictException("Award " + award.reference() + " already has a variation waiting for a"
                    + " decision: one at a time");
        }
    }

    private static BigDecimal changed(BigDecimal asked, BigDecimal now) {
        return asked == null || now != null && asked.compareTo(now) == 0 ? null : asked;
    }
}
