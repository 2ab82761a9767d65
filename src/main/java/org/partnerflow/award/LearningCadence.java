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
        LocalDate end = AwardPeriod.endDate(start, durationMonths);
        List<LocalDate> dates = new ArrayList<>();
        for (int months = cadenceMonths; months <= durationMonths; months += cadenceMonths) {
            LocalDate due = start.plusMonths(months).minusDays(1);
            if (!due.isAfter(end)) {
                dates.add(due);
            }
        }
        return dates;
    }
}
