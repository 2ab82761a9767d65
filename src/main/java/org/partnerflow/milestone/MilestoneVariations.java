package org.partnerflow.milestone;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-plans a milestone's due date: records the variation and moves the running process with it, so the
 * reminder, the overdue timer and the task's due date all follow the new date.
 */
@Service
public class MilestoneVariations {

    public static final String PROCESS_KEY = "milestoneDelivery";

    private final MilestonePlan plan;
    private final MilestoneVariationRepository variations;
    private final MilestoneTimers timers;
    private final Clock clock;

    MilestoneVariations(MilestonePlan plan, MilestoneVariationRepository variations, MilestoneTimers timers,
            Clock clock) {
        this.plan = plan;
        this.variations = variations;
        this.timers = timers;
        this.clock = clock;
    }

    @Transactional
    public MilestoneFacts vary(long milestoneId, VariationRequest request, String manager) {
        if (request.dueDate() == null && request.trancheAmount() == null) {
            throw new org.partnerflow.shared.DomainRuleViolation("dueDate", "or trancheAmount must be given");
        }
        MilestoneFacts before = plan.facts(milestoneId);
        LocalDate dueDate = request.dueDate() == null ? before.dueDate() : request.dueDate();
        MilestoneVariation variation = new MilestoneVariation(milestoneId, before.dueDate(), dueDate,
                request.reason().trim(), manager, clock.instant());
        if (request.trancheAmount() != null) {
            if (request.balancingMilestoneId() == null) {
                throw new org.partnerflow.shared.DomainRuleViolation("balancingMilestoneId",
                        "must name the milestone whose tranche takes up the difference");
            }
            plan.moveTrancheAmount(milestoneId, request.balancingMilestoneId(), request.trancheAmount(),
                    request.reason().trim());
            variation.amounts(before.trancheAmount(), request.trancheAmount().setScale(2), request.balancingMilestoneId());
        }
        variations.save(variation);
        if (request.dueDate() == null) {
            return plan.facts(milestoneId);
        }
        plan.replan(milestoneId, request.dueDate(), request.reason().trim());
        timers.follow(milestoneId, request.dueDate());
        return plan.facts(milestoneId);
    }
}
