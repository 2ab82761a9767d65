package org.partnerflow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A feed as ical4j writes it and reads it back: whole-day events, stable UIDs, absolute links, any text. */
class FeedWriterTest {

    @Test
    void eachDeadlineIsAWholeDayEventWithItsUidAndAnAbsoluteLinkThatSurvivesLongAndUnusualText() throws Exception {
        String title = "Residents' forum, Coventry; first \"quarter\", £1,000.00 — Cyfarfod 🙂 " + "long ".repeat(30).strip();
        String ics = FeedWriter.write("Partnerflow deadlines", List.of(
                new CalendarEvent("milestone-42@partnerflow", LocalDate.of(2027, 3, 31), "Milestone due: " + title,
                        "Evidence is due.", "/milestones/42")),
                new SiteAddress("https://grants.example.org/"), Instant.parse("2026-12-07T10:00:00Z"));

        // folded at 75 characters (ical4j counts characters; RFC 5545 asks for 75 octets, a SHOULD)
        assertThat(ics.lines()).allMatch(line -> line.length() <= 75);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
        assertThat(value(event, Property.UID)).isEqualTo("milestone-42@partnerflow");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Milestone due: " + title);
        assertThat(value(event, Property.DTSTART)).isEqualTo("20270331");
        assertThat(value(event, Property.DTEND)).isEqualTo("20270401");
        assertThat(value(event, Property.URL)).isEqualTo("https://grants.example.org/milestones/42");
        assertThat(value(event, Property.DESCRIPTION))
                .isEqualTo("Evidence is due.\nhttps://grants.example.org/milestones/42");
        assertThat(value(calendar.getProperty("X-WR-CALNAME").orElseThrow())).isEqualTo("Partnerflow deadlines");
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse("");
    }

    private static String value(Property property) {
        return property.getValue();
    }
}
