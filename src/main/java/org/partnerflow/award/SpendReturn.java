package org.partnerflow.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A partnership's actual spend in one year of its award; a later return for the year corrects it. */
@Entity
@Table(name = "spend_return")
public class SpendReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_id", nullable = false)
    private Long awardId;

    @Column(name = "award_year", nullable = false)
    private int year;

    @Column(name = "amount_spent", nullable = false)
    private BigDecimal amountSpent;

    private String narrative;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Version
    private long version;

    protected SpendReturn() {
    }

    SpendReturn(Long awardId, int year) {
        this.awardId = awardId;
        this.year = year;
    }

    void report(BigDecimal amountSpent, String narrative, String by, Instant at) {
        this.amountSpent = amountSpent;
        this.narrative = narrative;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public int getYear() { return year; }
    public BigDecimal getAmountSpent() { return amountSpent; }
    public String getNarrative() { return narrative; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public long getVersion() { return version; }
}
