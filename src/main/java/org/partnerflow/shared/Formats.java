package org.partnerflow.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How pages write money and dates (en-GB): {@code ${@fmt.money(x)}} gives £450,000.00, dates 31 March 2027. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String money(BigDecimal amount) {
        return Money.format(amount);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String months(int months) {
        if (months % 12 == 0) {
            int years = months / 12;
            return months + " months (" + years + (years == 1 ? " year)" : " years)");
        }
        return months + (months == 1 ? " month" : " months");
    }
}
