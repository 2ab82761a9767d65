package org.partnerflow.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to the follow-up of something overdue (a milestone, a learning review, an outcome report): the
 * one record of overdue escalation. A programme manager followed it up; or it ended by itself when what it waited for
 * arrived (ended at); or it was left past its own due date (due on) and escalated to the funders.
 */
@Entity
@org.hibernate.annotations.Immutable // append-only: a change is a new row
@Table(name = "follow_up")
public class FollowUp {

    /** What is followed up; with the subject id it names the overdue thing. */
    public enum Kind { MILESTONE, LEARNING_REVIEW, OUTCOME_REPORT }

    /** What was done about it. */
    public enum Action { FOLLOWED_UP, ENDED, ESCALATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "award_id", nullable = false)
    private long awardId;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(nullable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected FollowUp() {
    }

    FollowUp(FollowUpSubject subject, Action action, String note, String recordedBy, Instant recordedAt) {
        this.kind = subject.kind();
        this.subjectId = subject.id();
        this.awardId = subject.awardId();
        this.partnershipId = subject.partnershipId();
        this.action = action;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The same, with the follow-up's own due date and, for one that ended by itself, when it ended. */
    FollowUp(FollowUpSubject subject, Action action, String note, String recordedBy, Instant recordedAt,
            LocalDate dueOn, Instant endedAt) {
        this(subject, action, note, recordedBy, recordedAt);
        this.dueOn = dueOn;
        this.endedAt = endedAt;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public long getSubjectId() { return subjectId; }
    public long getAwardId() { return awardId; }
    public long getPartnershipId() { return partnershipId; }
    public Action getAction() { return action; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getEndedAt() { return endedAt; }
}
