package org.partnerflow.outcome;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Progress from an indicator's baseline towards a target. INCREASE: (actual - baseline) / (target - baseline);
 * DECREASE: (baseline - actual) / (baseline - target); times 100. {@code raw} keeps 34 significant digits
 * (DECIMAL128) and may be below 0 or above 100; {@code percent} is raw rounded HALF_UP to one decimal;
 * {@code shown} is percent capped to 0..100 for bars. Undefined (null) without an actual, a baseline or a target,
 * or when the target equals the baseline.
 *
 * @param raw unrounded percentage
 * @param percent one decimal, HALF_UP
 * @param shown percent within 0 to 100
 */
public record Progress(BigDecimal raw, BigDecimal percent, BigDecimal shown) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Progress of(Direction direction, BigDecimal baseline, BigDecimal target, BigDecimal actual) {
        if (direction == null || baseline == null || target == null || actual == null
                || target.compareTo(baseline) == 0) {
            return null;
        }
        BigDecimal done = direction == Direction.INCREASE ? actual.subtract(baseline) : baseline.subtract(actual);
        BigDecimal whole = direction == Direction.INCREASE ? target.subtract(baseline) : baseline.subtract(target);
        BigDecimal raw = done.multiply(HUNDRED).divide(whole, MathContext.DECIMAL128);
        BigDecimal percent = raw.setScale(1, RoundingMode.HALF_UP);
        BigDecimal shown = percent.max(BigDecimal.ZERO.setScale(1)).min(HUNDRED.setScale(1));
        return new Progress(raw, percent, shown);
    }

    public boolean reached() {
        return raw.compareTo(HUNDRED) >= 0;
    }
}
