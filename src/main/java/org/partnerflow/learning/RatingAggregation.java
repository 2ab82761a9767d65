package org.partnerflow.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers the funder's learning question from ratings: for each characteristic, how many partnerships rate it
 * 1 to 5 and the average — where collaboration is strong or weak across a programme.
 */
public final class RatingAggregation {

    private RatingAggregation() {
    }

    /** One characteristic across partnerships: counts of each score (index 0 = score 1) and the mean. */
    public record Distribution(String characteristic, int[] counts, int rated, BigDecimal average) {
    }

    /** Distributions in the order of {@code characteristics}, from each partnership's latest ratings. */
    public static List<Distribution> distribution(List<String> characteristics, List<List<LearningRating>> latest) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        characteristics.forEach(c -> counts.put(c, new int[5]));
        for (List<LearningRating> ratings : latest) {
            for (LearningRating rating : ratings) {
                int[] row = counts.get(rating.characteristic());
                if (row != null && rating.score() >= 1 && rating.score() <= 5) {
                    row[rating.score() - 1]++;
                }
            }
        }
        List<Distribution> result = new ArrayList<>();
        counts.forEach((characteristic, row) -> {
            int rated = 0;
            int total = 0;
            for (int score = 1; score <= 5; score++) {
                rated += row[score - 1];
                total += score * row[score - 1];
            }
            BigDecimal average = rated == 0 ? null
                    : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
            result.add(new Distribution(characteristic, row, rated, average));
        });
        return result;
    }

    /** The mean of one review's ratings: the collaboration-health figure on dashboards. */
    public static BigDecimal average(List<LearningRating> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        int total = ratings.stream().mapToInt(LearningRating::score).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
    }
}
