package org.partnerflow.award;

import java.time.LocalDate;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.partnerflow.integrity.DutyRule;
import org.partnerflow.integrity.DutyRules;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspending, resuming and ending an award early, for the API and the pages alike: checks who asks and what they
 * send, then sends grantAward its message (awardSuspended, awardResumed, awardTerminated), whose service task changes
 * the award in this same transaction ({@link InterruptionSteps}). A resumption also reaches every approved release
 * of the award that waits for it in milestoneDelivery.
 */
@Service
public class AwardInterruptions {

    public static final String SUSPENDED = "awardSuspended";
    public static final String RESUMED = "awardResumed";
    public static final String TERMINATED = "awardTerminated";
    /** Process variables the messages carry to the service tasks. */
    public static final String REASON = "interruptionReason";
    public static final String BY = "interruptedBy";
    public static final String EFFECTIVE_DATE = "terminationEffectiveDate";

    static final int REASON_LENGTH = 2000;

    private final AwardRepository repository;
    private final DutyRules duties;
    private final RuntimeService runtime;

    AwardInterruptions(AwardRepository repository, DutyRules duties, RuntimeService runtime) {
        this.repository = repository;
        this.duties = duties;
        this.runtime = runtime;
    }

    /** The body of a suspension or resumption. */
    public record Reason(String reason) {
    }

    /** The body of a termination. */
    public record Termination(String reason, LocalDate effectiveDate) {
    }

    /** Who may suspend or resume (funders and programme managers) and end early (funders), whatever the award. */
    public static boolean maySuspend(PartnerflowUser user) {
        return user.has(Role.FUNDER) || user.has(Role.PROGRAMME_MANAGER);
    }

    public static boolean mayTerminate(PartnerflowUser user) {
        return user.has(Role.FUNDER);
    }

    /** Which of the three actions the award page offers this user: none to anyone who may not take them. */
    public record Actions(boolean suspend, boolean resume, boolean terminate) {
    }

    @Transactional(readOnly = true)
    public Actions actionsFor(long awardId, AwardStatus status, long partnershipId, PartnerflowUser user) {
        boolean running = status == AwardStatus.ACTIVE || status == AwardStatus.SUSPENDED;
        if (!running || !maySuspend(user) || duties.conflicted(user.getUsername(), partnershipId)) {
            return new Actions(false, false, false);
        }
        return new Actions(status == AwardStatus.ACTIVE, status == AwardStatus.SUSPENDED, mayTerminate(user));
    }

    /** Refuses, as the action would, a reader who may not take it: 404, 403 (role) or 403 naming the rule. */
    @Transactional(readOnly = true)
    public void mayAct(long awardId, boolean terminate, PartnerflowUser user) {
        allowed(awardId, user, terminate ? mayTerminate(user) : maySuspend(user));
    }

    @Transactional
    public void suspend(long awardId, Reason body, PartnerflowUser user) {
        Award award = allowed(awardId, user, maySuspend(user));
        String reason = reason(body == null ? null : body.reason());
        award.getStatus().require("Award " + award.getReference(), AwardStatus.ACTIVE);
        correlate(award, runtime.createMessageCorrelation(SUSPENDED), reason, user, "suspended");
    }

    @Transactional
    public void resume(long awardId, Reason body, PartnerflowUser user) {
        Award award = allowed(awardId, user, maySuspend(user));
        String reason = reason(body == null ? null : body.reason());
        award.getStatus().require("Award " + award.getReference(), AwardStatus.SUSPENDED);
        correlate(award, runtime.createMessageCorrelation(RESUMED), reason, user, "resumed");
        // then every approved release of the award that waited (grantAward no longer waits, so is not met again)
        runtime.createMessageCorrelation(RESUMED).processInstanceVariableEquals("awardId", award.getId())
                .correlateAllWithResult();
    }

    @Transactional
    public void terminate(long awardId, Termination body, PartnerflowUser user) {
        Award award = allowed(awardId, user, mayTerminate(user));
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        String reason = body == null ? null : body.reason();
        LocalDate effective = body == null ? null : body.effectiveDate();
        errors.check(reason != null && !reason.isBlank(), "reason", "must not be blank");
        errors.check(reason == null || reason.trim().length() <= REASON_LENGTH, "reason",
                "must be at most " + REASON_LENGTH + " characters");
        errors.check(effective != null, "effectiveDate", "must not be null");
        if (effective != null && award.getStartDate() != null) {
            errors.check(!effective.isBefore(award.getStartDate()), "effectiveDate",
                    "must not be before the award starts, " + org.partnerflow.shared.PlainDates.format(award.getStartDate()));
            errors.check(!effective.isAfter(award.getEndDate()), "effectiveDate",
                    "must not be after the award ends, " + org.partnerflow.shared.PlainDates.format(award.getEndDate()));
        }
        errors.throwIfAny();
        award.getStatus().require("Award " + award.getReference(), AwardStatus.ACTIVE, AwardStatus.SUSPENDED);
        correlate(award, runtime.createMessageCorrelation(TERMINATED).setVariable(EFFECTIVE_DATE, effective.toString()),
                reason.trim(), user, "ended early");
    }

    /** The award, once the reader may see it (404 otherwise), has the role (403) and no conflict of interest (403). */
    private Award allowed(long awardId, PartnerflowUser user, boolean roleAllows) {
        Award award = repository.require(awardId);
        if (!user.canRead(award.getPartnership().getId())) {
            throw new org.partnerflow.shared.NotFoundException("Award", awardId);
        }
        if (!roleAllows) {
            throw new AccessDeniedException("Only a funder (and, to suspend or resume, a programme manager) may do this.");
        }
        if (duties.conflicted(user.getUsername(), award.getPartnership().getId())) {
            throw DutyRules.refusal(DutyRule.CONFLICT_OF_INTEREST);
        }
        return award;
    }

    private static String reason(String reason) {
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        errors.check(reason != null && !reason.isBlank(), "reason", "must not be blank");
        errors.check(reason == null || reason.trim().length() <= REASON_LENGTH, "reason",
                "must be at most " + REASON_LENGTH + " characters");
        errors.throwIfAny();
        return reason.trim();
    }

    private static void correlate(Award award, MessageCorrelationBuilder message, String reason, PartnerflowUser user,
            String done) {
        try {
            message.processInstanceId(award.getProcessInstanceId()).setVariable(REASON, reason)
                    .setVariable(BY, user.getUsername()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException notDelivering) {
            throw new ConflictException("Award " + award.getReference() + " can only be " + done
                    + " while it is being delivered, before its final report is asked for.");
        }
    }
}
