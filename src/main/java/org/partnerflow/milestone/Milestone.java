package org.partnerflow.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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

    /** The award whose plan this milestone is part of; the award module owns the award itself. */
    @Column(name = "award_id", nullable = false, updatable = false)
    private Long awardId;

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

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    /** Evidence rounds submitted so far; the next submission is round evidenceRounds + 1. */
    @Column(name = "evidence_rounds", nullable = false)
    private int evidenceRounds;

    @Version
    private long version;

    protected Milestone() {
    }

    Milestone(Long awardId, int sequence, String title, LocalDate dueDate, String evidenceExpected) {
        this.awardId = awardId;
        this.sequence = sequence;
        this.title = title;
        this.dueDate = dueDate;
        this.evidenceExpected = evidenceExpected;
    }

    void markSubmitted() {
        requireStatus(MilestoneStatus.PLANNED, MilestoneStatus.CHANGES_REQUESTED, MilestoneStatus.OVERDUE);
        status = MilestoneStatus.SUBMITTED;
        evidenceRounds++;
    }

    /** Evidence rounds submitted so far. */
    public int getEvidenceRounds() {
        return evidenceRounds;
    }

    void returnForChanges() {
        requireStatus(MilestoneStatus.SUBMITTED);
        status = MilestoneStatus.CHANGES_REQUESTED;
    }

    void approve(LocalDate on) {
        requireStatus(MilestoneStatus.SUBMITTED);
        status = MilestoneStatus.APPROVED;
        approvedOn = on;
    }

    /** Overdue only while the evidence is still missing; submitted or approved milestones are not. */
    boolean markOverdueIfMissing(LocalDate on) {
        if (status == MilestoneStatus.PLANNED || status == MilestoneStatus.CHANGES_REQUESTED) {
            status = MilestoneStatus.OVERDUE;
            overdueSince = on;
            return true;
        }
        return status == MilestoneStatus.OVERDUE;
    }

    /** Drops the milestone from the plan (an award variation); only while it is not yet approved. */
    void withdraw() {
        requireStatus(MilestoneStatus.PLANNED, MilestoneStatus.SUBMITTED, MilestoneStatus.CHANGES_REQUESTED,
                MilestoneStatus.OVERDUE);
        status = MilestoneStatus.WITHDRAWN;
    }

    /** A new title and evidence expected, as an award variation words the milestone. */
    void describe(String newTitle, String newEvidenceExpected) {
        title = newTitle;
        evidenceExpected = newEvidenceExpected;
    }

    /** Its place in the plan, which stays in the order of the due dates as milestones come and go. */
    void renumber(int newSequence) {
        sequence = newSequence;
    }

    void replan(LocalDate newDueDate, LocalDate today) {
        if (!status.isOpen()) {
            throw new org.partnerflow.shared.ConflictException("Milestone " + title + " is " + status.name().toLowerCase(
                    java.util.Locale.ROOT) + "; it cannot be re-planned.");
        }
        dueDate = newDueDate;
        if (status == MilestoneStatus.OVERDUE && !newDueDate.isBefore(today)) {
            status = MilestoneStatus.PLANNED;
            overdueSince = null;
        }
    }

    private void requireStatus(MilestoneStatus... allowed) {
        for (MilestoneStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new org.partnerflow.shared.ConflictException("Milestone " + title + " is " + status
                + ", so this step does not apply to it.");
    }

    public LocalDate getOverdueSince() {
        return overdueSince;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Long getId() {
        return id;
    }

    public Long getAwardId() {
        return awardId;
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
