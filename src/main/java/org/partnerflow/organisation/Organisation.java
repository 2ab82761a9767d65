package org.partnerflow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation that funds, leads or belongs to partnerships; unique by its org-id. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    @Column(name = "org_id", nullable = false, unique = true)
    private String orgId;

    private String postcode;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String name, OrganisationType type, String orgId, String postcode) {
        this.name = name;
        this.type = type;
        this.orgId = orgId;
        this.postcode = postcode;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getOrgId() {
        return orgId;
    }

    public String getPostcode() {
        return postcode;
    }

    public long getVersion() {
        return version;
    }

    void rename(String name) {
        this.name = name;
    }

    void retype(OrganisationType type) {
        this.type = type;
    }
}
