package org.partnerflow.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Money;
import org.partnerflow.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a programme's set-up from the version the caller read. The programme's row is locked while the change is
 * checked and made, so a budget cut and an award committed at the same moment are served one after the other.
 */
@Service
public class ProgrammeEdits {

    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    ProgrammeEdits(EntityManager entityManager, AuditTrail audit, java.time.Clock clock) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** The changed programme; a stale version is refused (409) and a broken rule names its field (400). */
    @Transactional
    public ProgrammeView change(long id, ProgrammeChange change) {
        Programme programme = entityManager.find(Programme.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new NotFoundException("Programme", id);
        }
        if (programme.getVersion() != change.version()) {
            throw new ObjectOptimisticLockingFailureException(Programme.class, id);
        }
        BigDecimal budget = change.totalBudget() == null ? programme.getTotalBudget() : Money.gbp(change.totalBudget());
        BigDecimal cap = change.awardCap() == null ? programme.getAwardCap() : Money.gbp(change.awardCap());
        int duration = Objects.requireNonNullElse(change.maxDurationMonths(), programme.getMaxDurationMonths());
        int cadence = Objects.requireNonNullElse(change.learningReviewCadenceMonths(),
                programme.getLearningReviewCadenceMonths());
        DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();
        rules.check(budget.compareTo(programme.getAwarded()) >= 0, "totalBudget",
                "must not be less than what is already committed (" + Money.format(programme.getAwarded()) + ")");
        rules.check(cap.compareTo(budget) <= 0, "awardCap",
                "must not be more than totalBudget (" + Money.format(budget) + ")");
        rules.check(cadence <= duration, "learningReviewCadenceMonths",
                "must not be longer than maxDurationMonths (" + duration + ")");
        OpenDataSettings openData = OpenDataRules.next(programme.getOpenData(), change.openData(),
                java.time.Instant.now(clock), rules);
        rules.throwIfAny();

        AuditEntry entry = AuditEntry.of(AuditSubject.PROGRAMME, id, "PROGRAMME_CHANGED",
                "Changed programme " + programme.getCode());
        boolean changed = false;
        if (budget.compareTo(programme.getTotalBudget()) != 0) {
            entry.money("totalBudget", programme.getTotalBudget(), budget);
            programme.rebudget(budget);
            changed = true;
        }
        if (change.title() != null && !change.title().trim().equals(programme.getTitle())) {
            entry.change("title", programme.getTitle(), change.title().trim());
            programme.retitle(change.title().trim());
            changed = true;
        }
        if (change.description() != null && !change.description().equals(Objects.toString(programme.getDescription(), ""))) {
            String description = change.description().isBlank() ? null : change.description().trim();
            entry.change("description", programme.getDescription(), description);
            programme.describe(description);
            changed = true;
        }
        changed |= limits(programme, entry, cap, duration, cadence);
        if (change.requiredMemberTypes() != null && !change.requiredMemberTypes().equals(programme.getRequiredMemberTypes())) {
            Set<OrganisationType> types = change.requiredMemberTypes().isEmpty()
                    ? EnumSet.noneOf(OrganisationType.class) : EnumSet.copyOf(change.requiredMemberTypes());
            entry.change("requiredMemberTypes", new TreeSet<>(programme.getRequiredMemberTypes()), new TreeSet<>(types));
            programme.requireMemberTypes(types);
            changed = true;
        }
        changed |= closeOut(programme, entry, change.finalTrancheHeldForCloseOut());
        changed |= OpenDataRules.apply(programme, openData, entry);
        if (changed) {
            entityManager.flush();
            audit.record(entry);
        }
        return ProgrammeView.of(programme);
    }

    private static boolean closeOut(Programme programme, AuditEntry entry, Boolean hold) {
        if (hold == null || hold == programme.isFinalTrancheHeldForCloseOut()) {
            return false;
        }
        entry.change("finalTrancheHeldForCloseOut", programme.isFinalTrancheHeldForCloseOut(), hold);
        programme.holdFinalTrancheForCloseOut(hold);
        return true;
    }

    private static boolean limits(Programme programme, AuditEntry entry, BigDecimal cap, int duration, int cadence) {
        boolean changed = false;
        if (cap.compareTo(programme.getAwardCap()) != 0) {
            entry.change("awardCap", programme.getAwardCap(), cap);
            changed = true;
        }
        if (duration != programme.getMaxDurationMonths()) {
            entry.change("maxDurationMonths", programme.getMaxDurationMonths(), duration);
            changed = true;
        }
        if (cadence != programme.getLearningReviewCadenceMonths()) {
            entry.change("learningReviewCadenceMonths", programme.getLearningReviewCadenceMonths(), cadence);
            changed = true;
        }
        if (changed) {
            programme.changeLimits(cap, duration, cadence);
        }
        return changed;
    }
}
