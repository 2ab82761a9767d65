package org.partnerflow.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.shared.TextSafety;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's assessment criteria: its own once it has set them, else the configured list at weight 1.
 * Assessments made from a change on score the new list; those made before keep the criteria they scored.
 */
@Service
public class ProgrammeCriteria {

    static final int MOST = 20;

    private final ProgrammeRepository repository;
    private final EntityManager entityManager;
    private final DefaultCriteria defaults;
    private final AuditTrail audit;

    ProgrammeCriteria(ProgrammeRepository repository, EntityManager entityManager, DefaultCriteria defaults,
            AuditTrail audit) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.defaults = defaults;
        this.audit = audit;
    }

    /** The criteria the programme's proposals are assessed against now. */
    @Transactional(readOnly = true)
    public List<Criterion> of(long programmeId) {
        Programme programme = repository.findById(programmeId)
                .orElseThrow(() -> new NotFoundException("Programme", programmeId));
        return effective(programme);
    }

    /** Replaces the programme's criteria (at least one); every broken rule names its field, nothing is written. */
    @Transactional
    public List<Criterion> replace(long programmeId, List<Criterion> given, String actor) {
        List<Criterion> criteria = check(given);
        Programme programme = entityManager.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new NotFoundException("Programme", programmeId);
        }
        List<Criterion> before = effective(programme);
        if (!before.equals(criteria) || programme.getOwnCriteria().isEmpty()) {
            programme.replaceCriteria(criteria);
            entityManager.flush();
            audit.record(AuditEntry.of(AuditSubject.PROGRAMME, programmeId, "CRITERIA_CHANGED",
                    "Changed the assessment criteria of " + programme.getCode()).by(actor)
                    .change("criteria", describe(before), describe(criteria)));
        }
        return criteria;
    }

    private List<Criterion> effective(Programme programme) {
        List<Criterion> own = programme.getOwnCriteria();
        return own.isEmpty() ? defaults.asCriteria() : own;
    }

    /** The criteria trimmed, or every broken rule at once: fields {@code criteria[i].name} and so on. */
    static List<Criterion> check(List<Criterion> given) {
        DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();
        if (given == null || given.isEmpty()) {
            rules.check(false, "criteria", "must have at least one criterion");
            rules.throwIfAny();
        }
        rules.check(given.size() <= MOST, "criteria", "must have at most " + MOST + " criteria");
        List<Criterion> trimmed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Criterion c = given.get(i);
            String at = "criteria[" + i + "].";
            if (c == null) {
                rules.check(false, "criteria[" + i + "]", "must be given");
                continue;
            }
            String name = c.name() == null ? "" : c.name().trim();
            String guidance = c.guidance() == null || c.guidance().isBlank() ? null : c.guidance().trim();
            rules.check(!name.isEmpty(), at + "name", "must be filled in");
            rules.check(name.length() <= 200, at + "name", "must be at most 200 characters");
            rules.check(name.isEmpty() || names.add(name.toLowerCase(Locale.ROOT)), at + "name",
                    "must differ from the other criteria's names");
            rules.check(guidance == null || guidance.length() <= 2000, at + "guidance",
                    "must be at most 2000 characters");
            rules.check(c.weight() != null, at + "weight", "must be given");
            rules.check(c.weight() == null || c.weight() >= 1 && c.weight() <= 5, at + "weight",
                    "must be from 1 to 5");
            rules.check(name.indexOf(0) < 0, at + "name", TextSafety.NUL_RULE);
            rules.check(guidance == null || guidance.indexOf(0) < 0, at + "guidance", TextSafety.NUL_RULE);
            trimmed.add(new Criterion(name, guidance, c.weight()));
        }
        rules.throwIfAny();
        return trimmed;
    }

    private static String describe(List<Criterion> criteria) {
        return criteria.stream().map(c -> c.name() + " (weight " + c.weight() + ")")
                .collect(Collectors.joining("; "));
    }
}
