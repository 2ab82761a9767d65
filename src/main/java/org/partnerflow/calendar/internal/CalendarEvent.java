package org.partnerflow.calendar.internal;

import java.time.LocalDate;

/**
 * One deadline in a feed: a whole-day event on the UK day it falls due, with a UID that stays the same while the
 * deadline moves (so a calendar updates the event), and the path of its page in Partnerflow.
 */
public record CalendarEvent(String uid, LocalDate day, String summary, String description, String path) {
}
