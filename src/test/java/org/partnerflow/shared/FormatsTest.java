package org.partnerflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Bundles;
import org.springframework.context.i18n.LocaleContextHolder;

/** Pages write dates and money the way their reader's language does; outside a request, in the default. */
class FormatsTest {

    private final Formats fmt = new Formats(Bundles.messages(), List.of("en-GB"));

    @AfterEach
    void noLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aTaskDueAtMidnightIsDueByTheEndOfTheDayBefore() {
        // Evidence due on 30 September 2027 is late from 00:00 on 1 October, UK summer time (23:00 UTC).
        assertThat(fmt.dueDay(Instant.parse("2027-09-30T23:00:00Z"))).isEqualTo("30 September 2027");
        assertThat(fmt.dueDay(Instant.parse("2027-12-01T00:00:00Z"))).isEqualTo("30 November 2027");
        assertThat(fmt.dueDay(Instant.parse("2027-10-01T09:30:00Z"))).isEqualTo("1 October 2027");
        assertThat(fmt.dueDay(null)).isEmpty();
    }

    @Test
    void outsideARequestTheDefaultLanguageWritesMoneyAndDates() {
        assertThat(fmt.locale()).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(fmt.money(new BigDecimal("450000.00"))).isEqualTo("£450,000.00");
        assertThat(fmt.date(LocalDate.of(2027, 3, 31))).isEqualTo("31 March 2027");
        assertThat(fmt.dateTime(Instant.parse("2027-03-31T13:05:00Z"))).isEqualTo("31 March 2027, 2:05pm");
        assertThat(fmt.months(36)).isEqualTo("36 months (3 years)");
        assertThat(fmt.months(12)).isEqualTo("12 months (1 year)");
        assertThat(fmt.months(1)).isEqualTo("1 month");
        assertThat(fmt.months(18)).isEqualTo("18 months");
    }

    @Test
    void theRequestsLanguageWritesNumbersAndMonthNamesItsOwnWay() {
        LocaleContextHolder.setLocale(Locale.GERMANY);
        assertThat(fmt.money(new BigDecimal("450000.00"))).isEqualTo("450.000,00\u00a0£");
        assertThat(fmt.date(LocalDate.of(2027, 3, 31))).isEqualTo("31 März 2027");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("cy"));
        assertThat(fmt.date(LocalDate.of(2027, 3, 31))).isEqualTo("31 Mawrth 2027");
    }

    @Test
    void mailIsWrittenInTheDefaultLanguageWhateverTheRequestsLanguage() {
        LocaleContextHolder.setLocale(Locale.GERMANY);
        assertThat(fmt.inDefaultLanguage(() -> fmt.date(LocalDate.of(2027, 3, 31)))).isEqualTo("31 March 2027");
        assertThat(fmt.defaultText("format.months", 18)).isEqualTo("18 months");
        assertThat(fmt.locale()).as("the request's language is back afterwards").isEqualTo(Locale.GERMANY);
    }

    @Test
    void statusesReadFromTheBundleByKindOrElseTheirNameInSentenceCase() {
        assertThat(fmt.status("CHANGES_REQUESTED")).isEqualTo("Changes requested");
        assertThat(fmt.status(org.partnerflow.award.AwardStatus.UNDER_ASSESSMENT)).isEqualTo("Under assessment");
        assertThat(fmt.status(org.partnerflow.milestone.TrancheStatus.PROPOSED)).isEqualTo("Release proposed");
        assertThat(fmt.status(org.partnerflow.award.AwardStatus.PROPOSED)).isEqualTo("Proposed");
        assertThat(fmt.status("SOMETHING_NEW")).isEqualTo("Something new");
        assertThat(fmt.status(null)).isEmpty();
    }
}
