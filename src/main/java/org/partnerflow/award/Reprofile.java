package org.partnerflow.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scales amounts (a budget by year, tranches) to a new total in proportion, in whole pennies: each share is rounded
 * down, and the pennies left over go one each to the largest remainders (the earliest first on a tie), so the result
 * adds up to the new total exactly.
 */
public final class Reprofile {

    private Reprofile() {
    }

    public static List<BigDecimal> proportionally(List<BigDecimal> amounts, BigDecimal newTotal) {
        BigDecimal oldTotal = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amounts.isEmpty() || oldTotal.signum() == 0) {
            return List.copyOf(amounts);
        }
        BigDecimal total = newTotal.setScale(2, RoundingMode.UNNECESSARY);
        List<BigDecimal> exact = amounts.stream()
                .map(a -> a.multiply(total).divide(oldTotal, 12, RoundingMode.HALF_EVEN)).toList();
        List<BigDecimal> shares = new ArrayList<>(exact.stream().map(e -> e.setScale(2, RoundingMode.DOWN)).toList());
        BigDecimal left = total.subtract(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        int pennies = left.movePointRight(2).intValueExact();
        List<Integer> order = IntStream.range(0, shares.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> exact.get(i).subtract(shares.get(i))).reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; k < pennies; k++) {
            int i = order.get(k % order.size());
            shares.set(i, shares.get(i).add(new BigDecimal("0.01")));
        }
        return List.copyOf(shares);
    }
}
