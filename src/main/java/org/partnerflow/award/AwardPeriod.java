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

    /**
     * The same start with a new end date, as a variation moves it: the months are the whole months it covers, a part
     * month counting as a whole one (1 April 2026 to 15 June 2029 is 39 months); the end date is kept as given.
     */
    public AwardPeriod endingOn(LocalDate newEnd) {
        return new AwardPeriod(startDate, monthsCovering(startDate, newEnd), newEnd);
    }

    /** The whole months from a start date to an end date, rounded up. */
    public static int monthsCovering(LocalDate start, LocalDate end) {
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
        return endDate(start, months).isBefore(end) ? months + 1 : months;
    }

    public static LocalDate endDate(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    public static boolean contains(LocalDate start, int months, LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(endDate(start, months));
    }
}
