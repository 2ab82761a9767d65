package org.partnerflow.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A member organisation's commitment to the partnership's pooled budget, and what it has put in so far. */
@Entity
@Table(name = "contribution")
class Contribution {

    /** Money, or staff time, buildings and the like valued in pounds. */
    enum Kind { CASH, IN_KIND }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id")
    private long partnershipId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String description;

    private BigDecimal committed;

    private BigDecimal contributed;

    @Column(name = "from_year")
    private int fromYear;

    @Column(name = "to_year")
    private int toYear;

    @Version
    private long version;

    protected Contribution() {
    }

    Contribution(long partnershipId, long organisationId, Kind kind, String description, BigDecimal committed,
            BigDecimal contributed, int fromYear, int toYear) {
        this.partnershipId = partnershipId;
        this.organisationId = organisationId;
        this.kind = kind;
        this.description = description;
        this.committed = committed;
        this.contributed = contributed;
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    void record(BigDecimal contributedToDate) {
        this.contributed = contributedToDate;
    }

    Long getId() {
        return id;
    }

    long getOrganisationId() {
        return organisationId;
    }

    Kind getKind() {
        return kind;
    }

    String getDescription() {
        return description;
    }

    BigDecimal getCommitted() {
        return committed;
    }

    BigDecimal getContributed() {
        return contributed;
    }

    int getFromYear() {
        return fromYear;
    }

    int getToYear() {
        return toYear;
    }
}
