package org.partnerflow.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money paid to a partnership: one per tranche (a unique key), so a retried release never pays twice. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "disbursement")
public class Disbursement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_id", nullable = false)
    private Long awardId;

    @Column(name = "tranche_id", nullable = false, unique = true)
    private Long trancheId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "released_on", nullable = false)
    private LocalDate releasedOn;

    @Column(name = "released_by", nullable = false)
    private String releasedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Disbursement() {
    }

    Disbursement(Long awardId, Long trancheId, BigDecimal amount, LocalDate releasedOn, String releasedBy, Instant at) {
        this.awardId = awardId;
        this.trancheId = trancheId;
        this.amount = amount;
        this.releasedOn = releasedOn;
        this.releasedBy = releasedBy;
        this.createdAt = at;
    }

    public Long getAwardId() { return awardId; }
    public Long getTrancheId() { return trancheId; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getReleasedOn() { return releasedOn; }
    public String getReleasedBy() { return releasedBy; }
}
