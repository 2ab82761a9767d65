package org.partnerflow.programme.web;

import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnerflow.programme.RoundRequest;
import org.partnerflow.shared.web.FormReader;

/**
 * The new-round page read into the API's request. Each date comes as day, month and year boxes
 * ({@code opensOn-day}, {@code opensOn-month}, {@code opensOn-year}), as GOV.UK's date input has them.
 */
final class RoundForm {

    static final List<String> FIELDS = List.of("title", "opensOn", "closesOn", "assessorsPerProposal");

    private RoundForm() {
    }

    static RoundRequest read(Map<String, String[]> params, Validator validator, String notADate) {
        FormReader form = new FormReader(params, FIELDS);
        RoundRequest request = new RoundRequest(form.text("title").trim(), date(form, "opensOn", notADate),
                date(form, "closesOn", notADate), form.whole("assessorsPerProposal"));
        return form.checked(request, validator);
    }

    private static LocalDate date(FormReader form, String field, String notADate) {
        String day = form.text(field + "-day").trim();
        String month = form.text(field + "-month").trim();
        String year = form.text(field + "-year").trim();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            form.refuse(field, notADate);
            return null;
        }
    }
}
