package org.partnerflow.award;

import java.math.BigDecimal;
import java.util.List;

/**
 * One proposal waiting for the panel's decision, in ranking order: its weighted score, each criterion's mean and
 * spread over the assessments of the proposal as last submitted, and the amount requested added to those ranked
 * above it, against the programme's remaining budget. {@code taskId} is its decideAward task.
 */
public record PanelEntry(Long awardId, String reference, String partnershipName, BigDecimal amountRequested,
        BigDecimal weightedScore, List<CriterionSpread> criteria, int assessments, BigDecimal cumulativeRequested,
        boolean withinBudget, String taskId) {

    /** A criterion's mean score (two decimals) and its lowest and highest, 0 to 5. */
    public record CriterionSpread(String name, BigDecimal mean, int min, int max) {
    }
}
