package org.partnerflow.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member of the public's request to change a case study, stored as plain text exactly as sent. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "case_study_update_request")
public class UpdateRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_study_id", nullable = false, updatable = false)
    private Long caseStudyId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(nullable = false, updatable = false)
    private String message;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected UpdateRequest() {
    }

    UpdateRequest(Long caseStudyId, String name, String email, String message, Instant receivedAt) {
        this.caseStudyId = caseStudyId;
        this.name = name;
        this.email = email;
        this.message = message;
        this.receivedAt = receivedAt;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getMessage() { return message; }
    public Instant getReceivedAt() { return receivedAt; }
}
