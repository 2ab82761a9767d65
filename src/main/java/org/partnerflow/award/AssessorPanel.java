package org.partnerflow.award;

import static org.partnerflow.award.AwardChanges.entry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.integrity.DutyRule;
import org.partnerflow.integrity.DutyRules;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.security.UserView;
import org.partnerflow.security.Users;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who assesses a proposal: the assessors a programme manager named, each with an assessProposal task of their own,
 * or, without names, the required number of tasks offered to the assessors' group. grantAward's multi-instance
 * iterates over {@link #slots}; naming assessors while assessment runs restarts it with the names, keeping the
 * assessments already made.
 */
@Service
public class AssessorPanel {

    /** A slot offered to the assessors' group; any other slot is a named assessor's username behind USER. */
    public static final String GROUP_SLOT = "group:" + Role.ASSESSOR.group();
    public static final String USER = "user:";
    static final String BODY = "assessProposal#multiInstanceBody";

    private final AwardRepository awards;
    private final NamedAssessors named;
    private final Users users;
    private final DutyRules duties;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final Clock clock;

    AssessorPanel(AwardRepository awards, NamedAssessors named, Users users, DutyRules duties, RuntimeService runtime,
            AuditTrail audit, Clock clock) {
        this.awards = awards;
        this.named = named;
        this.users = users;
        this.duties = duties;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assessors named for the award, in order; empty when the assessors' group assesses it. */
    @Transactional(readOnly = true)
    public List<String> named(long awardId) {
        return named.of(awardId);
    }

    /**
     * Names the award's assessors (an empty list gives it back to the assessors' group). 400 naming the entry for a
     * user who is not an active assessor; 409 for a conflicted one or once assessment is over.
     */
    @Transactional
    public List<String> name(long awardId, List<String> usernames, PartnerflowUser user) {
        if (!user.has(Role.PROGRAMME_MANAGER)) {
            throw new AccessDeniedException("only a programme manager names assessors");
        }
        Award award = awards.findById(awardId).orElseThrow(() -> new NotFoundException("Award", awardId));
        award.getStatus().require("Award " + award.getReference(), AwardStatus.PROPOSED, AwardStatus.UNDER_ASSESSMENT,
                AwardStatus.CHANGES_REQUESTED);
        List<String> names = check(usernames);
        long partnershipId = award.getPartnership().getId();
        for (String name : names) {
            if (duties.conflicted(name, partnershipId)) {
                throw new ConflictException(name + " may not assess this proposal: " + DutyRule.CONFLICT_OF_INTEREST
                        .message());
            }
        }
        List<String> before = named.of(awardId);
        named.replace(awardId, names, user.getUsername(), clock.instant());
        restartOpenAssessments(award);
        audit.record(entry(award, "ASSESSORS_NAMED", names.isEmpty() ? "Assessment given back to the assessors' group"
                : "Named " + names.size() + " assessors", null).by(user.getUsername())
                .change("assessors", String.join(", ", before), String.join(", ", names)));
        return names;
    }

    /**
     * The slots of an assessment round: one per named assessor who has not assessed this round, else the required
     * number less the assessments already made, offered to the group. Evaluated by grantAward's multi-instance.
     */
    @Transactional(readOnly = true)
    public List<String> slots(long awardId, int required) {
        Award award = awards.require(awardId);
        Set<String> assessed = new LinkedHashSet<>();
        award.currentAssessments().forEach(a -> assessed.add(a.getAssessor()));
        List<String> names = named.of(awardId);
        if (!names.isEmpty()) {
            return names.stream().filter(n -> !assessed.contains(n)).map(n -> USER + n).toList();
        }
        return Collections.nCopies(Math.max(0, required - assessed.size()), GROUP_SLOT);
    }

    private List<String> check(List<String> usernames) {
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < usernames.size(); i++) {
            String name = usernames.get(i) == null ? "" : usernames.get(i).strip();
            String field = "usernames[" + i + "]";
            if (names.contains(name)) {
                errors.check(false, field, "names " + name + " twice");
                continue;
            }
            errors.check(isActiveAssessor(name), field, "must be the username of an active assessor");
            names.add(name);
        }
        errors.throwIfAny();
        return names;
    }

    private boolean isActiveAssessor(String username) {
        if (username.isEmpty() || !users.exists(username)) {
            return false;
        }
        UserView found = users.get(username);
        return found.active() && found.roles().contains(Role.ASSESSOR);
    }

    /** Cancels the open assessment round and starts it again over the new slots; made assessments stay. */
    private void restartOpenAssessments(Award award) {
        if (award.getProcessInstanceId() == null) {
            return;
        }
        ActivityInstance tree = runtime.getActivityInstance(award.getProcessInstanceId());
        ActivityInstance[] bodies = tree == null ? new ActivityInstance[0] : tree.getActivityInstances(BODY);
        if (bodies.length == 0) {
            return; // not assessing now: the names apply when the next round starts
        }
        org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder modification = runtime
                .createProcessInstanceModification(award.getProcessInstanceId()).startBeforeActivity(BODY);
        for (ActivityInstance body : bodies) {
            modification = modification.cancelActivityInstance(body.getId());
        }
        modification.execute();
    }
}
