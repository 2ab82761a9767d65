package org.partnerflow.milestone;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * When a milestone's timers fire, in UK time: the reminder at 09:00 a set time before the due date, and
 * "overdue" at the first minute after the due date (evidence is on time all through its due day).
 */
public record MilestoneSchedule(Date reminderAt, Date overdueAt) {

    static final ZoneId UK = ZoneId.of("Europe/London");

    public static MilestoneSchedule of(LocalDate dueDate, Duration reminderBefore) {
        LocalDate reminderDay = dueDate.minusDays(Math.max(0, reminderBefore.toDays()));
        return new MilestoneSchedule(
                Date.from(reminderDay.atTime(LocalTime.of(9, 0)).atZone(UK).toInstant()),
                Date.from(dueDate.plusDays(1).atStartOfDay(UK).toInstant()));
    }
}
