package org.partnerflow.milestone.process;

import org.partnerflow.milestone.AwardLedger;
import org.springframework.stereotype.Component;

/**
 * The gateway before a tranche is paid (isAwardSuspended in milestoneDelivery): an approved release of a suspended
 * award waits for awardResumed. The release itself refuses any award that is not active (or closed, for a tranche
 * held for close-out), so a suspension that lands between the two is still safe.
 */
@Component("releaseGate")
public class ReleaseGate {

    private final AwardLedger awards;

    ReleaseGate(AwardLedger awards) {
        this.awards = awards;
    }

    public boolean awardSuspended(long awardId) {
        return "SUSPENDED".equals(awards.summary(awardId).status());
    }
}
