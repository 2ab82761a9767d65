package org.partnerflow.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One published version of a case study. Append-only: it has no setters, Hibernate never writes an
 * {@code @Immutable} entity again after the insert, its repository offers no delete, and the database
 * refuses a second row with the same number.
 */
@Entity
@Immutable
@Table(name = "case_study_version")
public class CaseStudyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_study_id", nullable = false, updatable = false)
    private Long caseStudyId;

    @Column(name = "version", nullable = false, updatable = false)
    private int number;

    @Embedded
    private Draft sections;

    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    protected CaseStudyVersion() {
    }

    CaseStudyVersion(Long caseStudyId, int number, Draft sections, LocalDate publishedOn, Instant publishedAt,
            String publishedBy) {
        this.caseStudyId = caseStudyId;
        this.number = number;
        this.sections = sections;
        this.publishedOn = publishedOn;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public Long getCaseStudyId() { return caseStudyId; }
    public int getNumber() { return number; }
    public Draft getSections() { return sections; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getPublishedBy() { return publishedBy; }
}
