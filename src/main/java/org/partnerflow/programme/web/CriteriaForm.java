package org.partnerflow.programme.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerflow.programme.Criterion;
import org.partnerflow.shared.web.FormReader;

/**
 * The criteria page's rows read into the API's body: a row without a name or guidance is an empty spare and left
 * out; {@link #formField} puts an error on a kept row back on the row the reader filled in.
 */
final class CriteriaForm {

    private static final Pattern ROW = Pattern.compile("^criteria\\[(\\d+)]");
    private static final Pattern PARAM = Pattern.compile("^criteria\\[(\\d+)]\\.");

    private final List<Criterion> criteria = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();

    CriteriaForm(Map<String, String[]> params) {
        FormReader form = new FormReader(params, List.of("criteria"));
        int last = params.keySet().stream().map(PARAM::matcher).filter(Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(-1);
        for (int i = 0; i <= Math.min(last, 99); i++) {
            String at = "criteria[" + i + "].";
            String name = form.text(at + "name").trim();
            String guidance = form.text(at + "guidance").trim();
            if (name.isEmpty() && guidance.isEmpty()) {
                continue;
            }
            String weight = form.text(at + "weight").trim();
            Integer parsed = null;
            if (!weight.isEmpty()) {
                try {
                    parsed = Integer.valueOf(weight);
                } catch (NumberFormatException e) {
                    parsed = 0; // out of range: the rule names the field
                }
            }
            criteria.add(new Criterion(name, guidance.isEmpty() ? null : guidance, parsed));
            rows.add(i);
        }
    }

    List<Criterion> criteria() {
        return criteria;
    }

    /** Maps {@code criteria[k].x} of the body to the form's row. */
    UnaryOperator<String> formField() {
        return field -> {
            Matcher m = ROW.matcher(field);
            if (m.find() && Integer.parseInt(m.group(1)) < rows.size()) {
                return "criteria[" + rows.get(Integer.parseInt(m.group(1))) + "]" + field.substring(m.end());
            }
            return field;
        };
    }

    /** The criteria as the form shows them. */
    static Map<String, String> values(List<Criterion> criteria) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            values.put("criteria[" + i + "].name", c.name());
            values.put("criteria[" + i + "].guidance", c.guidance() == null ? "" : c.guidance());
            values.put("criteria[" + i + "].weight", String.valueOf(c.weight()));
        }
        return values;
    }
}
