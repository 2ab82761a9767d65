package org.partnerflow.learning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.partnerflow.learning.LearningInsights;
import org.partnerflow.learning.LearningReviewView;
import org.partnerflow.learning.RatingAggregation;

/** The learning pages' tables: the heat map of a programme's ratings, a partnership's series and its trend. */
final class LearningTables {

    private LearningTables() {
    }

    /** One cell of the heat map: how many partnerships gave this score, and its shade from 0 (none) to 4 (most). */
    record HeatCell(int score, int count, int shade) {
    }

    /** One characteristic across the programme: a cell per score 1 to 5 and the average. */
    record HeatRow(String characteristic, List<HeatCell> cells, int rated, BigDecimal average) {
    }

    /** One review in a partnership's series, with the average of its ratings (none before it is written). */
    record SeriesRow(LearningReviewView review, BigDecimal average) {
    }

    /** One characteristic over time: its score in each signed-off review, null where it was not rated. */
    record TrendRow(String characteristic, List<Integer> scores) {
    }

    /** A shade per count, relative to the largest count in the table, so the busiest cells stand out. */
    static List<HeatRow> heatMap(List<RatingAggregation.Distribution> distributions) {
        int max = distributions.stream().flatMapToInt(d -> Arrays.stream(d.counts())).max().orElse(0);
        List<HeatRow> rows = new ArrayList<>();
        for (RatingAggregation.Distribution d : distributions) {
            List<HeatCell> cells = new ArrayList<>();
            for (int score = 1; score <= 5; score++) {
                int count = d.counts()[score - 1];
                int shade = count == 0 || max == 0 ? 0 : Math.max(1, (int) Math.ceil(4.0 * count / max));
                cells.add(new HeatCell(score, count, shade));
            }
            rows.add(new HeatRow(d.characteristic(), cells, d.rated(), d.average()));
        }
        return rows;
    }

    static List<SeriesRow> series(List<LearningReviewView> reviews) {
        return reviews.stream().map(r -> new SeriesRow(r,
                r.ratings() == null ? null : RatingAggregation.average(r.ratings()))).toList();
    }

    static List<LocalDate> trendDates(List<LearningInsights.TrendPoint> trend) {
        return trend.stream().map(LearningInsights.TrendPoint::dueOn).toList();
    }

    static List<TrendRow> trend(List<String> characteristics, List<LearningInsights.TrendPoint> trend) {
        return characteristics.stream().map(c -> new TrendRow(c,
                trend.stream().map(p -> p.scores().get(c)).toList())).toList();
    }
}
