package org.partnerflow.calendar.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes deadlines as an iCalendar (RFC 5545) feed with ical4j: each a whole-day event (DTSTART and DTEND as dates)
 * with its stable UID, a summary, a description that ends with the page's address, and that address as URL.
 */
public final class FeedWriter {

    private FeedWriter() {
    }

    public static String write(String name, List<CalendarEvent> events, SiteAddress site, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Partnerflow//Deadlines//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (CalendarEvent event : events) {
            String address = site.of(event.path()).toString();
            VEvent vevent = new VEvent(event.day(), event.day().plusDays(1), event.summary());
            vevent.replace(new DtStamp(now));
            vevent.add(new Uid(event.uid()));
            vevent.add(new Description(event.description() + "\n" + address));
            vevent.add(new Url(site.of(event.path())));
            calendar.add(vevent);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the feed is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
