package org.partnerflow.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** How pages write money and dates (en-GB): {@code ${@fmt.money(x)}} gives £450,000.00, dates 31 March 2027. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);
    /** Moments are shown on the programme office's calendar, whatever the server's zone. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    // Status names grouped by what they mean to the reader; the tag's text always says the status too.
    private static final Set<String> GOOD = Set.of("ACTIVE", "APPROVED", "RELEASED", "GREEN", "APPROVE", "FUND",
            "SIGNED_OFF");
    private static final Set<String> BAD = Set.of("REJECTED", "OVERDUE", "WITHDRAWN", "RED", "REJECT", "DO_NOT_FUND");
    private static final Set<String> WAITING = Set.of("OFFERED", "CHANGES_REQUESTED", "AMBER", "REQUEST_CHANGES",
            "FUND_WITH_CONDITIONS", "RETURNED", "DUE_SOON");
    private static final Set<String> MOVING = Set.of("UNDER_ASSESSMENT", "SUBMITTED", "DUE", "PROPOSED", "OPEN",
            "WRITTEN", "REFLECTED");

    public String money(BigDecimal amount) {
        return Money.format(amount);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A calendar month: April 2025. */
    public String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** The UK calendar day of a moment: 31 March 2027. */
    public String day(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(UK));
    }

    /**
     * The day a task is due by. A deadline at midnight UK time is the end of the day before: milestone evidence due
     * on 30 September is late from 00:00 on 1 October, and its task must read as due on 30 September.
     */
    public String dueDay(Instant due) {
        if (due == null) {
            return "";
        }
        ZonedDateTime uk = due.atZone(UK);
        return DATE.format(uk.toLocalTime().equals(LocalTime.MIDNIGHT) ? uk.minusDays(1) : uk);
    }

    /** A moment on the UK clock: 31 March 2027, 2:05pm. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }

    public String months(int months) {
        if (months % 12 == 0) {
            int years = months / 12;
            return months + " months (" + years + (years == 1 ? " year)" : " years)");
        }
        return months + (months == 1 ? " month" : " months");
    }

    /** A text's non-blank lines, for text stored one item a line (reasons, for example). */
    public List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A status as its tag reads: CHANGES_REQUESTED becomes CHANGES REQUESTED. */
    public String status(Object status) {
        return status == null ? "" : status.toString().replace('_', ' ');
    }

    /** The colour modifier of a status tag (pf-tag--green, --red, --yellow, --blue; grey otherwise). */
    public String tag(Object status) {
        String name = status == null ? "" : status.toString();
        if (GOOD.contains(name)) {
            return "pf-tag--green";
        }
        if (BAD.contains(name)) {
            return "pf-tag--red";
        }
        if (WAITING.contains(name)) {
            return "pf-tag--yellow";
        }
        return MOVING.contains(name) ? "pf-tag--blue" : "pf-tag--grey";
    }
}
