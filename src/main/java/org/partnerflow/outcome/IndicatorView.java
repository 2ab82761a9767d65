package org.partnerflow.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator as the API shows it. {@code actualToDate} is the approved value of the latest period approved (values
 * are levels at the period end, not additions), {@code progress} is towards the final target.
 */
public record IndicatorView(Long id, long partnershipId, String title, IndicatorUnit unit, Direction direction,
        BigDecimal baseline, LocalDate baselineDate, List<TargetView> targets, BigDecimal actualToDate,
        LocalDate actualPeriodEnd, LocalDate lastApprovedOn, List<String> aims, boolean countsTowardsSavings,
        Progress progress) {

    /** A target by period end. */
    public record TargetView(LocalDate periodEnd, BigDecimal value) {
    }

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i.getId(), i.getPartnershipId(), i.getTitle(), i.getUnit(), i.getDirection(),
                i.getBaseline(), i.getBaselineDate(),
                i.getTargets().stream().map(t -> new TargetView(t.periodEnd(), t.value())).toList(),
                i.getActualToDate(), i.getActualPeriodEnd(), i.getLastApprovedOn(), i.getAims(),
                i.isCountsTowardsSavings(),
                Progress.of(i.getDirection(), i.getBaseline(), i.finalTarget(), i.getActualToDate()));
    }

    public BigDecimal finalTarget() {
        return targets.isEmpty() ? null : targets.get(targets.size() - 1).value();
    }
}
