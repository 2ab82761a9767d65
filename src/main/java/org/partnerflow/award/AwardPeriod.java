package org.partnerflow.award;

import java.time.LocalDate;

/** An award runs from its start date for a number of whole months: 1 April 2026 for 36 months ends 31 March 2029. */
public final class AwardPeriod {

    private AwardPeriod() {
    }

    public static LocalDate endDate(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    public static boolean contains(LocalDate start, int months, LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(endDate(start, months));
    }
}
