package org.partnerflow.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages and mail write money, dates and statuses in the reader's language: {@code ${@fmt.money(x)}} gives
 * £450,000.00 in en-GB and 450.000,00 £ in de-DE, dates 31 March 2027. The language is the request's (see
 * LocaleConfiguration); outside a request, such as for mail, it is the service's default (the first of
 * partnerflow.i18n.locales). Money is always pounds sterling; only its writing follows the language.
 */
@Component("fmt")
public class Formats {

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

    private final MessageSource messages;
    private final Locale fallback;

    public Formats(MessageSource messages, @Value("${partnerflow.i18n.locales:en-GB}") List<String> locales) {
        this.messages = messages;
        this.fallback = Locale.forLanguageTag(locales.get(0).strip());
    }

    /** The reader's language: the request's, or the service's default outside a request. */
    public Locale locale() {
        return LocaleContextHolder.getLocaleContext() == null ? fallback : LocaleContextHolder.getLocale();
    }

    /** A text from the bundles (i18n/*.properties) in the reader's language. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    /** A text from the bundles, or null when the bundles have no such key (for keys built from values). */
    public String messageOrNull(String key, Object... args) {
        return messages.getMessage(key, args, null, locale());
    }

    /**
     * A text in the service's default language, whatever the request's: for mail, which a funder's request may
     * send to a partner who never chose the funder's language.
     */
    public String defaultText(String key, Object... args) {
        return messages.getMessage(key, args, fallback);
    }

    /** Runs the work with the service's default language as the reader's (rendering mail inside a request). */
    public <T> T inDefaultLanguage(Supplier<T> work) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(fallback);
        try {
            return work.get();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** A date in the service's default language, for mail subjects: 31 March 2027. */
    public String defaultDate(LocalDate date) {
        return inDefaultLanguage(() -> date(date));
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance("GBP"));
        format.setMinimumFractionDigits(Money.SCALE);
        format.setMaximumFractionDigits(Money.SCALE);
        return format.format(amount);
    }

    public String date(LocalDate date) {
        return date == null ? "" : pattern("format.date").format(date);
    }

    /** A calendar month: April 2025. */
    public String month(YearMonth month) {
        return month == null ? "" : pattern("format.month").format(month);
    }

    /** The UK calendar day of a moment: 31 March 2027. */
    public String day(Instant instant) {
        return instant == null ? "" : pattern("format.date").format(instant.atZone(UK));
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
        return pattern("format.date").format(uk.toLocalTime().equals(LocalTime.MIDNIGHT) ? uk.minusDays(1) : uk);
    }

    /** A moment on the UK clock: 31 March 2027, 2:05pm. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        String written = pattern("format.dateTime").format(instant.atZone(UK));
        // en-GB style writes the hour's half in lower case (2:05pm); other languages keep their own.
        return "en".equals(locale().getLanguage()) ? written.replace("AM", "am").replace("PM", "pm") : written;
    }

    /** A file's size as people read it: 840 bytes, 12 KB, 3.4 MB. */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return text("format.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return text("format.kilobytes", BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 0,
                    java.math.RoundingMode.HALF_UP));
        }
        return text("format.megabytes", BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1,
                java.math.RoundingMode.HALF_UP));
    }

    /** The time of a moment on the UK clock: 2:05pm. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        String written = pattern("format.time").format(instant.atZone(UK));
        return "en".equals(locale().getLanguage()) ? written.replace("AM", "am").replace("PM", "pm") : written;
    }

    /** A duration in months, and in years when whole: 36 months (3 years). */
    public String months(int months) {
        return months % 12 == 0 ? text("format.monthsAndYears", months, months / 12) : text("format.months", months);
    }

    /** Roles as the header names them, in the roles' own order: Programme manager, Funder. */
    public String roles(Collection<? extends Enum<?>> roles) {
        return String.join(", ", roles.stream().sorted(Comparator.comparingInt(Enum::ordinal))
                .map(r -> text("role." + r.name())).toList());
    }

    /** A text's non-blank lines, for text stored one item a line (reasons, for example). */
    public List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * A status as its tag reads: its kind's text (status.award.PROPOSED for an AwardStatus), else its own
     * (status.CHANGES_REQUESTED), else its name in sentence case, so NEW_THING becomes New thing and no code shows.
     */
    public String status(Object status) {
        if (status == null) {
            return "";
        }
        String name = status.toString();
        if (status instanceof Enum<?> constant) {
            String kind = constant.getDeclaringClass().getSimpleName().replaceFirst("Status$", "");
            String ofKind = messages.getMessage("status." + Character.toLowerCase(kind.charAt(0)) + kind.substring(1)
                    + "." + name, null, null, locale());
            if (ofKind != null) {
                return ofKind;
            }
        }
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return messages.getMessage("status." + name, null,
                words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1), locale());
    }

    /** The colour modifier of a status tag (pf-tag--green, --red, --yellow, --blue; grey otherwise). */
    private DateTimeFormatter pattern(String key) {
        Locale locale = locale();
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
    }

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
