package org.partnerflow.outcome.web;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerflow.outcome.CohortRequest;
import org.partnerflow.outcome.ContributionRequest;
import org.partnerflow.outcome.Direction;
import org.partnerflow.outcome.IndicatorRequest;
import org.partnerflow.outcome.IndicatorUnit;
import org.partnerflow.outcome.IndicatorView;
import org.partnerflow.shared.web.FormReader;

/**
 * The outcome pages' forms read into the API's own requests (indicators, contributions, cohorts) and checked by the
 * same Bean Validation, and an indicator's values put back into a form. Field names are the bodies' JSON paths.
 */
final class OutcomeForms {

    static final int MAX_TARGET_ROWS = 40;
    static final List<String> INDICATOR_FIELDS = List.of("title", "unit", "direction", "baseline", "baselineDate",
            "targets", "aims", "countsTowardsSavings", "reason");
    static final List<String> CONTRIBUTION_FIELDS = List.of("organisationId", "kind", "description", "committed",
            "contributed", "fromYear", "toYear");
    static final List<String> COHORT_FIELDS = List.of("name", "people", "baselineCostPerPersonYear",
            "newCostPerPersonYear");

    private OutcomeForms() {
    }

    /** An indicator as the form describes it; words for the rules the form can say better than the API's. */
    static IndicatorRequest indicator(Map<String, String[]> params, Validator validator, Words words) {
        FormReader form = new FormReader(params, INDICATOR_FIELDS);
        IndicatorUnit unit = choice(form, "unit", IndicatorUnit.class, words.choose());
        Direction direction = choice(form, "direction", Direction.class, words.choose());
        if (unit != null && unit.numeric() && direction == null && !form.refused("direction")) {
            form.refuse("direction", words.choose());
        }
        List<IndicatorRequest.Target> targets = targets(form);
        if (unit == IndicatorUnit.TEXT && !targets.isEmpty()) {
            form.refuse("targets", words.noTargetsInWords());
        }
        IndicatorRequest request = new IndicatorRequest(form.text("title").trim(), unit, direction,
                form.amount("baseline"), form.date("baselineDate"), targets, lines(form, "aims"),
                "true".equals(form.text("countsTowardsSavings")), form.optional("reason"));
        return form.checked(request, validator);
    }

    /** The words the indicator form uses for its own rules (from the page's bundle). */
    record Words(String choose, String noTargetsInWords) {
    }

    static ContributionRequest contribution(Map<String, String[]> params, Validator validator, String choose) {
        FormReader form = new FormReader(params, CONTRIBUTION_FIELDS);
        Integer organisation = form.whole("organisationId");
        ContributionRequest.Kind kind = choice(form, "kind", ContributionRequest.Kind.class, choose);
        ContributionRequest request = new ContributionRequest(organisation == null ? null : organisation.longValue(),
                kind, form.optional("description"), form.amount("committed"), form.amount("contributed"),
                form.whole("fromYear"), form.whole("toYear"));
        return form.checked(request, validator);
    }

    static CohortRequest cohort(Map<String, String[]> params, Validator validator) {
        FormReader form = new FormReader(params, COHORT_FIELDS);
        CohortRequest request = new CohortRequest(form.text("name").trim(), form.whole("people"),
                form.amount("baselineCostPerPersonYear"), form.amount("newCostPerPersonYear"));
        return form.checked(request, validator);
    }

    /** An indicator's values as its change form starts. */
    static Map<String, String> values(IndicatorView i) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", i.title());
        values.put("unit", i.unit().name());
        values.put("direction", i.direction() == null ? "" : i.direction().name());
        values.put("baseline", i.baseline() == null ? "" : i.baseline().toPlainString());
        values.put("baselineDate", i.baselineDate() == null ? "" : i.baselineDate().toString());
        for (int n = 0; n < i.targets().size(); n++) {
            values.put("targets[" + n + "].periodEnd", i.targets().get(n).periodEnd().toString());
            values.put("targets[" + n + "].value", i.targets().get(n).value().toPlainString());
        }
        values.put("aims", String.join("\n", i.aims()));
        values.put("countsTowardsSavings", i.countsTowardsSavings() ? "true" : "");
        return values;
    }

    /** The form's field for an error in the body: an aim's line (aims[2]) is the aims box. */
    static String formField(String field) {
        return field.replaceAll("^aims\\[\\d+]$", "aims");
    }

    /** Target rows up to the last one filled in; an empty row before it is sent, so its missing values are named. */
    private static List<IndicatorRequest.Target> targets(FormReader form) {
        int last = -1;
        for (int n = 0; n < MAX_TARGET_ROWS; n++) {
            if (!form.text("targets[" + n + "].periodEnd").isBlank() || !form.text("targets[" + n + "].value").isBlank()) {
                last = n;
            }
        }
        List<IndicatorRequest.Target> targets = new ArrayList<>();
        for (int n = 0; n <= last; n++) {
            LocalDate periodEnd = form.date("targets[" + n + "].periodEnd");
            BigDecimal value = form.amount("targets[" + n + "].value");
            targets.add(new IndicatorRequest.Target(periodEnd, value));
        }
        return targets;
    }

    private static <E extends Enum<E>> E choice(FormReader form, String name, Class<E> type, String choose) {
        String given = form.text(name).trim();
        if (given.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, given);
        } catch (IllegalArgumentException e) {
            form.refuse(name, choose);
            return null;
        }
    }

    private static List<String> lines(FormReader form, String name) {
        return Arrays.stream(form.text(name).split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
