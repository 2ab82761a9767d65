package org.partnerflow.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The panel's decision on an award as recorded: what was decided, why, on what conditions, by whom and when. */
@Embeddable
public record DecisionRecord(
        @Enumerated(EnumType.STRING) @Column(name = "decision") PanelDecision decision,
        @Column(name = "decision_reasons") String reasons,
        @Column(name = "offer_conditions") String conditions,
        @Column(name = "decided_by") String decidedBy,
        @Column(name = "decided_at") Instant decidedAt) {

    /** The record after a resubmission: no decision or reasons yet; who decided last and on what terms stays. */
    DecisionRecord cleared() {
        return new DecisionRecord(null, null, conditions, decidedBy, decidedAt);
    }
}
