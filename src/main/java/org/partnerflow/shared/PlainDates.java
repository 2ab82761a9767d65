package org.partnerflow.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as rule messages and pages write it: "1 April 2027", never the ISO form. */
public final class PlainDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PlainDates() {
    }

    public static String format(LocalDate date) {
        return DAY.format(date);
    }
}
