package org.partnerflow.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.partnerflow.organisation.Organisation;

/** An organisation's place in a partnership and the role it plays there. */
@Entity
@Table(name = "partnership_member")
public class PartnershipMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private String role;

    protected PartnershipMember() {
    }

    PartnershipMember(Partnership partnership, Organisation organisation, String role) {
        this.partnership = partnership;
        this.organisation = organisation;
        this.role = role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getRole() {
        return role;
    }
}
