package org.partnerflow.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A change to an indicator after its partnership's award became ACTIVE: what changed, why, who, when. */
@Entity
@Immutable // append-only: a change is a new row
@Table(name = "indicator_variation")
public class IndicatorVariation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_id", nullable = false)
    private long indicatorId;

    private String reason;

    @Column(name = "change_made")
    private String changeMade;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected IndicatorVariation() {
    }

    IndicatorVariation(long indicatorId, String reason, String changeMade, String changedBy, Instant changedAt) {
        this.indicatorId = indicatorId;
        this.reason = reason;
        this.changeMade = changeMade;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    public String getReason() {
        return reason;
    }

    public String getChangeMade() {
        return changeMade;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
