package org.partnerflow.variation.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.milestone.PlanChange;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.variation.VariationRequest;

/**
 * The request page's form read into the API's own {@link VariationRequest}: an empty box keeps the award as it is,
 * dates typed as day, month and year; the rows of milestones (those with anything typed in them) go in when the
 * amount changes or they differ from the open milestones as they are. Rows are added and removed by buttons that
 * post the form back, so it works without JavaScript.
 */
final class VariationForm {

    static final String LIST = "milestones";
    private static final Pattern ROW = Pattern.compile("^milestones\\[(\\d+)](.*)$");
    private static final String REAL_DATE = "must be a real date, such as 31 3 2029";

    /** The request, and which form row each of its milestones came from (errors name the request's index). */
    record Read(VariationRequest request, List<Integer> rows) {
    }

    private VariationForm() {
    }

    /** The form as the page first shows it: empty boxes, and the open milestones as they are. */
    static Map<String, String> start(List<PlanChange> open) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < open.size(); i++) {
            PlanChange m = open.get(i);
            String at = LIST + "[" + i + "].";
            values.put(at + "id", String.valueOf(m.id()));
            values.put(at + "title", m.title());
            values.put(at + "dueDate", m.dueDate().toString());
            values.put(at + "evidenceExpected", m.evidenceExpected() == null ? "" : m.evidenceExpected());
            values.put(at + "trancheAmount", m.trancheAmount() == null ? "" : m.trancheAmount().toPlainString());
        }
        return values;
    }

    static Read read(Map<String, String[]> params, List<PlanChange> open, BigDecimal currentAmount) {
        DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();
        BigDecimal amount = amount(params, "amountAwarded", rules);
        LocalDate endDate = date(params, "endDate", rules);
        List<PlanChange> milestones = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i <= lastRow(params); i++) {
            String at = LIST + "[" + i + "].";
            String title = text(params, at + "title");
            BigDecimal tranche = amount(params, at + "trancheAmount", rules);
            LocalDate due = date(params, at + "dueDate", rules);
            String evidence = text(params, at + "evidenceExpected");
            String id = text(params, at + "id");
            if (title.isBlank() && tranche == null && due == null && evidence.isBlank() && !typed(params, at)) {
                continue;
            }
            milestones.add(new PlanChange(id.matches("\\d{1,18}") ? Long.valueOf(id) : null, title.strip(), due,
                    evidence.isBlank() ? null : evidence.strip(), tranche));
            rows.add(i);
        }
        rules.throwIfAny();
        boolean amountChanges = amount != null && (currentAmount == null || amount.compareTo(currentAmount) != 0);
        List<PlanChange> asked = amountChanges || !same(milestones, open) ? milestones : null;
        String reason = text(params, "reason");
        return new Read(new VariationRequest(reason.isBlank() ? null : reason, amount, endDate, asked), rows);
    }

    /** The open milestones of the award, with their tranches: what the form starts from and compares with. */
    static List<PlanChange> open(AwardDetail award) {
        return award.milestones().stream().filter(m -> m.status().isOpen()).map(m -> new PlanChange(m.id(), m.title(),
                m.dueDate(), m.evidenceExpected(), award.tranches().stream().filter(t -> t.id().equals(m.trancheId()))
                        .map(AwardDetail.TrancheView::amount).findFirst().orElse(null))).toList();
    }

    /** The form's values without one row of milestones, the rows after it moved up. */
    static Map<String, String> withoutRow(Map<String, String[]> params, int removed) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, given) -> {
            String value = given.length == 0 ? "" : given[0];
            Matcher row = ROW.matcher(name);
            if (!row.matches()) {
                values.put(name, value);
                return;
            }
            int i = Integer.parseInt(row.group(1));
            if (i != removed) {
                values.put(LIST + "[" + (i > removed ? i - 1 : i) + "]" + row.group(2), value);
            }
        });
        return values;
    }

    /** The form row's field for an error the request's index names (rows left empty are not in the request). */
    static String formField(String field, List<Integer> rows) {
        Matcher row = ROW.matcher(field);
        if (!row.matches()) {
            return field;
        }
        int i = Integer.parseInt(row.group(1));
        return i < rows.size() ? LIST + "[" + rows.get(i) + "]" + row.group(2) : field;
    }

    private static boolean same(List<PlanChange> asked, List<PlanChange> open) {
        if (asked.size() != open.size()) {
            return false;
        }
        for (int i = 0; i < asked.size(); i++) {
            PlanChange a = asked.get(i);
            PlanChange o = open.get(i);
            boolean equal = java.util.Objects.equals(a.id(), o.id()) && a.title().equals(o.title())
                    && java.util.Objects.equals(a.dueDate(), o.dueDate())
                    && java.util.Objects.equals(a.evidenceExpected(), o.evidenceExpected())
                    && a.trancheAmount() != null && o.trancheAmount() != null
                    && a.trancheAmount().compareTo(o.trancheAmount()) == 0;
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    private static int lastRow(Map<String, String[]> params) {
        return params.keySet().stream().map(ROW::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(-1);
    }

    private static boolean typed(Map<String, String[]> params, String at) {
        return !(text(params, at + "dueDate.day") + text(params, at + "dueDate.month")
                + text(params, at + "dueDate.year")).isBlank();
    }

    private static String text(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }

    private static BigDecimal amount(Map<String, String[]> params, String name, DomainRuleViolation.Collector rules) {
        String text = text(params, name).replace(",", "").replace("£", "").trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            rules.check(false, name, "must be an amount in pounds, such as 150000.00");
            return null;
        }
    }

    private static LocalDate date(Map<String, String[]> params, String name, DomainRuleViolation.Collector rules) {
        String day = text(params, name + ".day").trim();
        String month = text(params, name + ".month").trim();
        String year = text(params, name + ".year").trim();
        if ((day + month + year).isEmpty()) {
            return null;
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            rules.check(false, name, "must include a day, a month and a year");
            return null;
        }
        if (!(day + month + year).matches("\\d+") || day.length() > 2 || month.length() > 2 || year.length() != 4) {
            rules.check(false, name, REAL_DATE);
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            rules.check(false, name, REAL_DATE);
            return null;
        }
    }
}
