package org.partnerflow.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An award runs from its start date for a number of whole months: 1 April 2026 for 36 months ends 31 March 2029. */
@Embeddable
public record AwardPeriod(
        @Column(name = "start_date") LocalDate startDate,
        @Column(name = "duration_months") Integer durationMonths,
        @Column(name = "end_date") LocalDate endDate) {

    /** The period from a start date for a number of whole months, with its last day worked out. */
    static AwardPeriod of(LocalDate start, int months) {
        return new AwardPeriod(start, months, endDate(start, months));
    }

    public static LocalDate endDate(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    public static boolean contains(LocalDate start, int months, LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(endDate(start, months));
    }
}
