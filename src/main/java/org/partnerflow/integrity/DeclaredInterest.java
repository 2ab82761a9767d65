package org.partnerflow.integrity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A staff member's declared interest in a partnership or an organisation: append-only, kept as declared. */
@Entity
@Immutable
@Table(name = "declared_interest")
class DeclaredInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "partnership_id")
    private Long partnershipId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private String nature;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected DeclaredInterest() {
    }

    DeclaredInterest(String username, Long partnershipId, Long organisationId, String nature, Instant declaredAt) {
        this.username = username;
        this.partnershipId = partnershipId;
        this.organisationId = organisationId;
        this.nature = nature;
        this.declaredAt = declaredAt;
    }

    Long getId() { return id; }
    String getUsername() { return username; }
    Long getPartnershipId() { return partnershipId; }
    Long getOrganisationId() { return organisationId; }
    String getNature() { return nature; }
    Instant getDeclaredAt() { return declaredAt; }
}
