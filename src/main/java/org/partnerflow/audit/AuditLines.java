package org.partnerflow.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerflow.shared.Formats;
import org.springframework.stereotype.Component;

/**
 * Audit events as a person reads them: one sentence per action from the bundles (audit.action.PROPOSAL_SUBMITTED,
 * Priya Shah sent the proposal), the steps the engine took by itself said as Partnerflow's (whoever's completion
 * set them off), and each changed value in words: statuses and roles by their names, dates as 31 March 2027, money
 * in pounds, task keys as the task's name. The API keeps the codes; only pages use these lines.
 */
@Component
public class AuditLines {

    /** Who the pages name for a step the engine took by itself, and for a change a timer or job made. */
    public static final String SERVICE = "Partnerflow";

    /** Steps a BPMN service task or timer takes: the user whose completion reached them did not take them. */
    static final Set<String> AUTOMATIC = Set.of("ELIGIBILITY_CHECKED", "OFFER_MADE", "OFFER_WITHDRAWN",
            "CHANGES_REQUESTED", "REJECTED", "ACTIVATED", "AWARD_CLOSED", "MILESTONE_APPROVED", "MILESTONE_RETURNED",
            "MILESTONE_OVERDUE", "TRANCHE_RELEASED", "BUDGET_COMMITTED", "BUDGET_RELEASED", "REVIEW_SCHEDULED",
            "REVIEW_OPENED", "REVIEW_OVERDUE", "CASE_STUDY_PUBLISHED", "FOLLOW_UP_ENDED", "FOLLOW_UP_ESCALATED",
            "TRANCHE_UNHELD");

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    private final Formats formats;

    AuditLines(Formats formats) {
        this.formats = formats;
    }

    /** One event as a page shows it; {@code action} stays the code, for tests and data attributes only. */
    public record Line(long id, Instant occurredAt, String action, String who, String sentence, List<String> details,
            String moneyLabel, BigDecimal amountBefore, BigDecimal amountAfter) {
    }

    /** The events as lines; {@code names} gives a username's display name (or null when it has none). */
    public List<Line> of(List<AuditEventView> events, Function<String, String> names) {
        return events.stream().map(e -> line(e, names)).toList();
    }

    private Line line(AuditEventView e, Function<String, String> names) {
        String who = who(e.action(), e.actor(), names);
        String sentence = formats.messageOrNull("audit.action." + e.action(), who);
        if (sentence == null) {
            sentence = formats.text("audit.action.other", who, plain(e.summary()));
        }
        List<String> details = new ArrayList<>();
        for (Map.Entry<String, AuditEntry.Change> change : e.changes().entrySet()) {
            String before = change.getValue().before();
            String after = value(change.getKey(), change.getValue().after());
            details.add(before == null ? formats.text("audit.change.set", field(change.getKey()), after)
                    : formats.text("audit.change", field(change.getKey()), value(change.getKey(), before), after));
        }
        return new Line(e.id(), e.occurredAt(), e.action(), who, sentence, details,
                e.moneyField() == null ? null : field(e.moneyField()), e.amountBefore(), e.amountAfter());
    }

    private String who(String action, String actor, Function<String, String> names) {
        if (AUTOMATIC.contains(action) || actor == null || AuditTrail.SYSTEM.equals(actor)) {
            return SERVICE;
        }
        if ("public".equals(actor)) {
            return formats.text("audit.actor.public");
        }
        String name = names.apply(actor);
        return name == null || name.isBlank() ? actor : name;
    }

    /** A field's name in words: audit.field.dueDate, else the camelCase name split (trancheAmount, Tranche amount). */
    String field(String name) {
        String known = formats.messageOrNull("audit.field." + name);
        if (known != null) {
            return known;
        }
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A value in words: none, a date, a moment, money, a task's name, or text with its codes named. */
    String value(String field, String value) {
        if (value == null || value.isBlank()) {
            return formats.text("audit.nothing");
        }
        if (DATE.matcher(value).matches()) {
            return date(value);
        }
        if (MOMENT.matcher(value).matches()) {
            return formats.dateTime(Instant.parse(value));
        }
        if (AMOUNT.matcher(value).matches() && field.toLowerCase().matches(".*(amount|budget|cap|spent|saving).*")) {
            return formats.money(new BigDecimal(value));
        }
        String task = formats.messageOrNull("task.name." + value);
        if (task != null) {
            return task;
        }
        return plain(value);
    }

    /** Text with its codes named and its ISO dates written out: a summary of an action without a sentence yet. */
    String plain(String value) {
        Matcher code = CODE.matcher(value);
        StringBuilder plain = new StringBuilder();
        while (code.find()) {
            String named = named(code.group());
            code.appendReplacement(plain, Matcher.quoteReplacement(named));
        }
        code.appendTail(plain);
        return DATE.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(date(m.group())));
    }

    private String date(String iso) {
        try {
            return formats.date(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException notADate) {
            return iso;
        }
    }

    /** A code's name: a role's or a status's, else its words (SOME_CODE, Some code), else itself (NHS). */
    private String named(String code) {
        String role = formats.messageOrNull("role." + code);
        if (role != null) {
            return role;
        }
        String status = formats.messageOrNull("status." + code);
        // a name with underscores is a code whatever it is; a single word without a name may be an acronym (NHS)
        return status != null ? status : code.contains("_") ? formats.status(code) : code;
    }
}
