package org.partnerflow.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The record of one caseStudyUpdate process: who asked, the triage, the draft being worked on (drafts live here
 * until published, never in a version) and the approval. Its id is the process's business key.
 */
@Entity
@Table(name = "case_study_update")
public class CaseStudyUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_study_id", nullable = false, updatable = false)
    private Long caseStudyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private UpdateSource source;

    @Column(name = "update_request_id", updatable = false)
    private Long updateRequestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UpdateStatus status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "started_by", updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "triage_decision")
    private String triageDecision;

    @Column(name = "triage_reply")
    private String triageReply;

    @Column(name = "triaged_by")
    private String triagedBy;

    @Embedded
    private Draft draft;

    @Column(name = "drafted_by")
    private String draftedBy;

    @Column(name = "approval_comments")
    private String approvalComments;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "published_version")
    private Integer publishedVersion;

    @Version
    private long version;

    protected CaseStudyUpdate() {
    }

    CaseStudyUpdate(Long caseStudyId, UpdateSource source, Long updateRequestId, Draft draft, String startedBy,
            Instant startedAt) {
        this.caseStudyId = caseStudyId;
        this.source = source;
        this.updateRequestId = updateRequestId;
        this.draft = draft;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = source == UpdateSource.PUBLIC ? UpdateStatus.AWAITING_TRIAGE : UpdateStatus.DRAFTING;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void triage(String decision, String reply, String manager) {
        this.triageDecision = decision;
        this.triageReply = reply;
        this.triagedBy = manager;
        this.status = "ACCEPT".equals(decision) ? UpdateStatus.DRAFTING : UpdateStatus.DECLINED;
    }

    void draft(Draft draft, String author) {
        this.draft = draft;
        this.draftedBy = author;
        this.status = UpdateStatus.AWAITING_APPROVAL;
    }

    void approve(String decision, String comments, String manager) {
        this.approvalComments = comments;
        this.approvedBy = manager;
        this.status = "PUBLISH".equals(decision) ? UpdateStatus.AWAITING_APPROVAL : UpdateStatus.DRAFTING;
    }

    void published(int number) {
        this.publishedVersion = number;
        this.status = UpdateStatus.PUBLISHED;
    }

    void declined() {
        this.status = UpdateStatus.DECLINED;
    }

    public Long getId() { return id; }
    public Long getCaseStudyId() { return caseStudyId; }
    public UpdateSource getSource() { return source; }
    public Long getUpdateRequestId() { return updateRequestId; }
    public UpdateStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getTriageReply() { return triageReply; }
    public Draft getDraft() { return draft; }
    public String getDraftedBy() { return draftedBy; }
    public String getApprovalComments() { return approvalComments; }
    public String getApprovedBy() { return approvedBy; }
    public Integer getPublishedVersion() { return publishedVersion; }
}
