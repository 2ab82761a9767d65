package org.partnerflow.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Replaces the milestones of an award not yet approved, as an approved award variation asks. */
@Service
public class PlanVariations {

    /** Checks a varied plan without changing anything: DomainRuleViolation naming milestones[i].&lt;field&gt; and the rule,
     *  or the field "milestones" for rules over the list (tranches must add up to newAwardAmount less what is already
     *  approved or released; due dates within the award's start and newEndDate; an id must be an open milestone of this award). */
    public void check(long awardId, List<PlanChange> milestones, BigDecimal newAwardAmount, LocalDate newEndDate) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Applies it: called inside the caller's transaction (Propagation.MANDATORY), the caller holding the award's lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PlanChangeSummary replaceOpenMilestones(long awardId, List<PlanChange> milestones, BigDecimal newAwardAmount,
            LocalDate newEndDate, String reason, String actor) {
        throw new UnsupportedOperationException("not yet");
    }

    /** When the award's end date moves (with or without a milestone list): the close-out timer (process variable
     *  closeOutAt of grantAward, timer of activity awardPeriodEnded) is recalculated, and learning reviews follow.
     *  Same transaction rules. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void followNewEndDate(long awardId, LocalDate newEndDate) {
        throw new UnsupportedOperationException("not yet");
    }
}
