package org.partnerflow.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts of money in pounds sterling: BigDecimal with exactly two decimal places, never negative. */
public final class Money {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /**
     * Normalises an amount to scale 2. Rejects more than two decimal places rather than rounding,
     * because a silently rounded grant amount is a wrong grant amount.
     */
    public static BigDecimal gbp(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        try {
            return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an amount in pounds has at most two decimal places", e);
        }
    }

    public static BigDecimal gbp(String amount) {
        return gbp(new BigDecimal(amount));
    }

    /** Formats as the pages show money: £450,000.00. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMinimumFractionDigits(SCALE);
        format.setMaximumFractionDigits(SCALE);
        return format.format(amount);
    }
}
