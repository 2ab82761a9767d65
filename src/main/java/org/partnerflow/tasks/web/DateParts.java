package org.partnerflow.tasks.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A date typed as day, month and year in three boxes (the GOV.UK date input: {@code startDate.day},
 * {@code startDate.month}, {@code startDate.year}), read back into the ISO date the task's body takes.
 */
final class DateParts {

    static final Set<String> NAMES = Set.of("day", "month", "year");

    private DateParts() {
    }

    /** What three boxes held: an ISO date, or the rule they broke, in the words a form's error summary uses. */
    record Reading(String isoDate, String rule) {
        boolean valid() {
            return isoDate != null;
        }
    }

    /** Whether a group of fields is a date: nothing but day, month and year (the blank ones already dropped). */
    static boolean isDate(List<String> names) {
        return !names.isEmpty() && NAMES.containsAll(names);
    }

    static Reading read(JsonNode parts) {
        String day = parts.path("day").asText("").trim();
        String month = parts.path("month").asText("").trim();
        String year = parts.path("year").asText("").trim();
        List<String> missing = new ArrayList<>();
        if (day.isEmpty()) {
            missing.add("day");
        }
        if (month.isEmpty()) {
            missing.add("month");
        }
        if (year.isEmpty()) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            return new Reading(null, "must include a " + String.join(" and ", missing));
        }
        if (!(day + month + year).matches("\\d+") || day.length() > 2 || month.length() > 2 || year.length() != 4) {
            return new Reading(null, "must be a real date, such as 31 3 2027");
        }
        try {
            return new Reading(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .toString(), null);
        } catch (DateTimeException e) {
            return new Reading(null, "must be a real date, such as 31 3 2027");
        }
    }
}
