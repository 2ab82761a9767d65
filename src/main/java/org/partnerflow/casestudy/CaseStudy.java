package org.partnerflow.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A partnership's case study: its public address (slug) and title. Its text lives in its versions. */
@Entity
@Table(name = "case_study")
public class CaseStudy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "partnership_id", nullable = false, updatable = false)
    private Long partnershipId;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseStudy() {
    }

    CaseStudy(Long partnershipId, String slug, String title, Instant createdAt) {
        this.partnershipId = partnershipId;
        this.slug = slug;
        this.title = title;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getPartnershipId() { return partnershipId; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
}
