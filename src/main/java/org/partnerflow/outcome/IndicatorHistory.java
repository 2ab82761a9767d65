package org.partnerflow.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An indicator over time: each period's target and approved actual (null until approved), and its variations. */
public record IndicatorHistory(IndicatorView indicator, List<Period> periods, List<IndicatorVariation> variations) {

    /** One period end: its target, the approved actual and narrative, and the status of the value reported, if any. */
    public record Period(LocalDate periodEnd, BigDecimal target, BigDecimal approvedActual, String narrative,
            String reportedStatus) {
    }
}
