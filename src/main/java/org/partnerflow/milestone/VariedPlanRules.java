package org.partnerflow.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Money;

/**
 * The rules of a varied plan, in plain Java: each milestone well formed and due within the award's period, an id only
 * for an open milestone of the award (once), and the tranches adding up to the new award amount less what is already
 * approved or released. Every broken rule is collected, naming milestones[i].&lt;field&gt; or "milestones".
 */
final class VariedPlanRules {

    static final int TITLE_MAX = 200;
    static final int EVIDENCE_MAX = 2000;

    private VariedPlanRules() {
    }

    /** The award's plan as a variation finds it: its open milestones and the money already committed. */
    record Current(Set<Long> openIds, BigDecimal openTotal, BigDecimal committed) {
    }

    static void check(List<PlanChange> milestones, Current current, LocalDate start, LocalDate end,
            BigDecimal amount) {
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        BigDecimal available = amount.setScale(2, java.math.RoundingMode.HALF_UP).subtract(current.committed());
        if (available.signum() < 0) {
            errors.check(false, "milestones", "cannot fit: the new award amount " + Money.format(amount)
                    + " is below the " + Money.format(current.committed()) + " already approved or released");
            errors.throwIfAny();
        }
        if (milestones == null) {
            errors.check(available.compareTo(current.openTotal()) == 0, "milestones", "must be given when the award"
                    + " amount changes: the tranches not yet approved add up to " + Money.format(current.openTotal())
                    + " and must add up to " + Money.format(available));
            errors.throwIfAny();
            return;
        }
        Set<Long> named = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < milestones.size(); i++) {
            String at = "milestones[" + i + "].";
            PlanChange m = milestones.get(i);
            if (m == null) {
                errors.check(false, "milestones[" + i + "]", "must be a milestone");
                continue;
            }
            if (m.id() != null) {
                errors.check(current.openIds().contains(m.id()), at + "id",
                        "must be a milestone of this award not yet approved");
                errors.check(named.add(m.id()), at + "id", "names a milestone already in the list");
            }
            errors.check(m.title() != null && !m.title().isBlank(), at + "title", "must not be blank");
            errors.check(m.title() == null || m.title().trim().length() <= TITLE_MAX, at + "title",
                    "must be at most " + TITLE_MAX + " characters");
            errors.check(m.evidenceExpected() == null || m.evidenceExpected().length() <= EVIDENCE_MAX,
                    at + "evidenceExpected", "must be at most " + EVIDENCE_MAX + " characters");
            errors.check(m.dueDate() != null, at + "dueDate", "must be given");
            errors.check(m.dueDate() == null || (!m.dueDate().isBefore(start) && !m.dueDate().isAfter(end)),
                    at + "dueDate", "must fall within the award period, "
                            + org.partnerflow.shared.PlainDates.format(start) + " to "
                            + org.partnerflow.shared.PlainDates.format(end));
            BigDecimal tranche = m.trancheAmount();
            errors.check(tranche != null && tranche.signum() > 0, at + "trancheAmount", "must be more than £0");
            errors.check(tranche == null || tranche.stripTrailingZeros().scale() <= 2, at + "trancheAmount",
                    "must be in pounds and pence");
            if (tranche != null && tranche.signum() > 0) {
                total = total.add(tranche);
            }
        }
        errors.throwIfAny();
        errors.check(total.compareTo(available) == 0, "milestones", "tranches must add up to "
                + Money.format(available) + " (the award amount " + Money.format(amount) + " less "
                + Money.format(current.committed()) + " already approved or released), not " + Money.format(total));
        errors.throwIfAny();
    }
}
