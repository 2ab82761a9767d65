package org.partnerflow.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A milestone of an award's plan: what evidence is due when; its approval releases the tranche it gates. */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_id")
    private Award award;

    @Column(nullable = false)
    private int sequence;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "evidence_expected")
    private String evidenceExpected;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneStatus status = MilestoneStatus.PLANNED;

    @Version
    private long version;

    protected Milestone() {
    }

    Milestone(Award award, int sequence, String title, LocalDate dueDate, String evidenceExpected) {
        this.award = award;
        this.sequence = sequence;
        this.title = title;
        this.dueDate = dueDate;
        this.evidenceExpected = evidenceExpected;
    }

    public Long getId() {
        return id;
    }

    public Award getAward() {
        return award;
    }

    public int getSequence() {
        return sequence;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getEvidenceExpected() {
        return evidenceExpected;
    }

    public MilestoneStatus getStatus() {
        return status;
    }
}
