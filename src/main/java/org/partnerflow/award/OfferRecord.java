package org.partnerflow.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** An award's offer: until when it is open, and who answered it when. */
@Embeddable
public record OfferRecord(
        @Column(name = "offer_expires_at") Instant expiresAt,
        @Column(name = "answered_by") String answeredBy,
        @Column(name = "answered_at") Instant answeredAt) {
}
