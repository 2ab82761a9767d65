package org.partnerflow.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When an award's outcome reporting periods end: every cadence period from the start date (the day before the
 * same day cadence months later), and the award's end date when the last period is cut short. Nothing after the end.
 */
public final class OutcomeCadence {

    private OutcomeCadence() {
    }

    public static List<LocalDate> periodEnds(LocalDate start, LocalDate end, int cadenceMonths) {
        if (cadenceMonths < 1) {
            throw new IllegalArgumentException("cadence must be at least a month");
        }
        List<LocalDate> ends = new ArrayList<>();
        for (int k = 1; ; k++) {
            LocalDate periodEnd = start.plusMonths((long) k * cadenceMonths).minusDays(1);
            if (periodEnd.isAfter(end)) {
                break;
            }
            ends.add(periodEnd);
        }
        if (!end.isBefore(start) && (ends.isEmpty() || ends.get(ends.size() - 1).isBefore(end))) {
            ends.add(end);
        }
        return ends;
    }

    /** The first period end after {@code previous} (or the first of all when it is null); null when none is left. */
    public static LocalDate next(LocalDate start, LocalDate end, int cadenceMonths, LocalDate previous) {
        return periodEnds(start, end, cadenceMonths).stream()
                .filter(p -> previous == null || p.isAfter(previous)).findFirst().orElse(null);
    }
}
