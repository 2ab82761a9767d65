package org.partnerflow.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A window in which a programme's partnerships may start applications, and how many assessors score each proposal
 * started in it. Kept as created: a round is never changed.
 */
@Entity
@Immutable
@Table(name = "application_round")
class ApplicationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(nullable = false)
    private String title;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "assessors_per_proposal", nullable = false)
    private int assessorsPerProposal;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApplicationRound() {
    }

    ApplicationRound(long programmeId, String title, LocalDate opensOn, LocalDate closesOn, int assessorsPerProposal,
            String createdBy, Instant createdAt) {
        this.programmeId = programmeId;
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.assessorsPerProposal = assessorsPerProposal;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The round as shown on a given day: open from its first day to its last, both included. */
    static RoundView view(ApplicationRound round, LocalDate today) {
        return new RoundView(round.id, round.title, round.opensOn, round.closesOn, round.assessorsPerProposal,
                !today.isBefore(round.opensOn) && !today.isAfter(round.closesOn));
    }

    Long getId() {
        return id;
    }
}
