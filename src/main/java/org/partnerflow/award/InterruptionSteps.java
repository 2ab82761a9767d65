package org.partnerflow.award;

import static org.partnerflow.award.AwardChanges.entry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.programme.Programmes;
import org.partnerflow.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What grantAward's suspension and termination steps do to the award (suspendAward, resumeAward, terminateAward),
 * in the transaction of the request that sent the message: the award's status, the money and the audit trail.
 * The requests are checked first by {@link AwardInterruptions}.
 */
@Service
public class InterruptionSteps {

    private final AwardRepository repository;
    private final jakarta.persistence.EntityManager entityManager;
    private final AwardPlans plans;
    private final Programmes programmes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    InterruptionSteps(AwardRepository repository, jakarta.persistence.EntityManager entityManager, AwardPlans plans, Programmes programmes,
            ApplicationEventPublisher events, Clock clock, AuditTrail audit) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.plans = plans;
        this.programmes = programmes;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** The award becomes SUSPENDED: its work goes on, but no tranche is paid until it is resumed. */
    @Transactional
    public void suspend(long awardId, String reason, String by) {
        Award award = repository.require(awardId);
        AwardStatus before = award.getStatus();
        award.suspend(reason, by, clock.instant());
        audit.record(entry(award, "AWARD_SUSPENDED", "Award suspended: " + reason, before).by(by)
                .change("reason", null, reason));
    }

    /** The award is ACTIVE again; releases that waited go ahead (milestoneDelivery hears awardResumed too). */
    @Transactional
    public void resume(long awardId, String reason, String by) {
        Award award = repository.require(awardId);
        AwardStatus before = award.getStatus();
        award.resume();
        audit.record(entry(award, "AWARD_RESUMED", "Award resumed: " + reason, before).by(by)
                .change("reason", null, reason));
    }

    /**
     * Ends the award early at what was released: its unreleased tranches are cancelled and their money goes back to
     * the programme's budget under the programme's lock; listeners end its outcome reporting. The award's row is
     * locked first, so a release of the same award runs wholly before or is refused after.
     */
    @Transactional
    public void terminate(long awardId, String reason, LocalDate effectiveDate, String by) {
        Award award = repository.require(awardId);
        entityManager.refresh(award, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        AwardStatus before = award.getStatus();
        BigDecimal awardedBefore = award.getAmountAwarded();
        BigDecimal unreleased = award.terminate(reason, effectiveDate, by, clock.instant());
        audit.record(entry(award, "AWARD_TERMINATED", "Award ended early from " + effectiveDate + ": " + reason
                        + "; " + Money.format(unreleased) + " not released goes back to the programme budget", before)
                .by(by).money("amountAwarded", awardedBefore, award.getAmountAwarded())
                .change("reason", null, reason).change("effectiveDate", null, effectiveDate));
        plans.cancelUnreleased(awardId, award.getPartnership().getId(), by);
        if (unreleased.signum() > 0) {
            programmes.releaseAward(award.getProgramme().getId(), awardId, unreleased);
        }
        events.publishEvent(new AwardTerminated(awardId, award.getPartnership().getId(), award.getProgramme().getId(),
                effectiveDate, by));
    }
}
