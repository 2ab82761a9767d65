package org.partnerflow.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When an award's learning reviews fall due: at the end of every cadence period from the start date, never after
 * the award ends. A 36-month award reviewed every 6 months has six reviews, the last on its end date.
 */
public final class LearningCadence {

    private LearningCadence() {
    }

    public static List<LocalDate> dueDates(LocalDate start, int durationMonths, int cadenceMonths) {
        return dueDates(start, AwardPeriod.endDate(start, durationMonths), cadenceMonths);
    }

    /** The same up to a given last day: an end date a variation moved, which need not end a whole month. */
    public static List<LocalDate> dueDates(LocalDate start, LocalDate end, int cadenceMonths) {
        List<LocalDate> dates = new ArrayList<>();
        for (int months = cadenceMonths; !start.plusMonths(months).minusDays(1).isAfter(end); months += cadenceMonths) {
            dates.add(start.plusMonths(months).minusDays(1));
        }
        return dates;
    }
}
