package org.partnerflow.outcome;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerflow.shared.DomainRuleViolation;

/** The rules an indicator definition keeps, beyond Bean Validation: each broken one names its field. */
final class IndicatorRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorRules() {
    }

    static List<DomainRuleViolation.FieldRule> check(IndicatorRequest r) {
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        List<IndicatorRequest.Target> targets = r.targets() == null ? List.of() : r.targets();
        if (r.unit() == IndicatorUnit.TEXT) {
            errors.check(targets.isEmpty(), "targets", "must be empty for a qualitative (TEXT) indicator");
            errors.check(!Boolean.TRUE.equals(r.countsTowardsSavings()), "countsTowardsSavings",
                    "must be a PEOPLE indicator to count towards savings");
            return errors.errors();
        }
        errors.check(r.baseline() != null, "baseline", "is needed for an indicator with figures");
        errors.check(r.direction() != null, "direction", "must be INCREASE or DECREASE");
        errors.check(!Boolean.TRUE.equals(r.countsTowardsSavings()) || r.unit() == IndicatorUnit.PEOPLE,
                "countsTowardsSavings", "must be a PEOPLE indicator to count towards savings");
        Set<java.time.LocalDate> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            IndicatorRequest.Target t = targets.get(i);
            String field = "targets[" + i + "]";
            errors.check(seen.add(t.periodEnd()), field + ".periodEnd", "names a period end a second time");
            errors.check(r.baselineDate() == null || t.periodEnd().isAfter(r.baselineDate()), field + ".periodEnd",
                    "must be after the baseline date");
            if (r.unit() == IndicatorUnit.PERCENT) {
                errors.check(t.value().signum() >= 0 && t.value().compareTo(HUNDRED) <= 0, field + ".value",
                        "must be a percentage from 0 to 100");
            }
            if (r.baseline() != null && r.direction() != null) {
                boolean rightWay = r.direction() == Direction.INCREASE ? t.value().compareTo(r.baseline()) > 0
                        : t.value().compareTo(r.baseline()) < 0;
                errors.check(rightWay, field + ".value", r.direction() == Direction.INCREASE
                        ? "must be above the baseline for an indicator that should increase"
                        : "must be below the baseline for an indicator that should decrease");
            }
        }
        if (r.unit() == IndicatorUnit.PERCENT && r.baseline() != null) {
            errors.check(r.baseline().signum() >= 0 && r.baseline().compareTo(HUNDRED) <= 0, "baseline",
                    "must be a percentage from 0 to 100");
        }
        return errors.errors();
    }
}
