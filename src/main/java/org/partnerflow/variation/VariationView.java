package org.partnerflow.variation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partnerflow.milestone.PlanChange;

/** A variation as the API and pages show it: what was asked for, where it stands, the decisions on it. */
public record VariationView(Long id, Long awardId, VariationStatus status, String reason, String requestedBy,
        Instant requestedAt, Changes changes, Before before, List<Decision> decisions, String processInstanceId) {

    /** What was asked for; null keeps the award's amount, end date or plan. */
    public record Changes(BigDecimal amountAwarded, LocalDate endDate, List<PlanChange> milestones) {
    }

    /** What the award was when the variation was applied (null before then). */
    public record Before(BigDecimal amountAwarded, LocalDate endDate, List<PlanChange> milestones) {
    }

    /** One decision: the step (ASSESS or APPROVE), RECOMMEND, RETURN, REJECT or APPROVE, and who and when. */
    public record Decision(VariationDecision.Step step, String decision, String comments, String decidedBy,
            Instant decidedAt) {
    }

    /** Whether the variation still waits for a decision. */
    public boolean open() {
        return status.open();
    }
}
