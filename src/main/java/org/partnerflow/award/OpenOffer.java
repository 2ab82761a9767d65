package org.partnerflow.award;

import java.time.Instant;

/** An offer waiting for the partnership's answer, and when it expires unanswered. */
public record OpenOffer(Long awardId, String reference, Long partnershipId, String partnershipName,
        Instant expiresAt) {

    static OpenOffer of(Award a) {
        return new OpenOffer(a.getId(), a.getReference(), a.getPartnership().getId(), a.getPartnership().getName(),
                a.getOfferExpiresAt());
    }
}
