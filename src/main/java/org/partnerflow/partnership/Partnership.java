package org.partnerflow.partnership;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partnerflow.organisation.Organisation;
import org.partnerflow.programme.Programme;

/** A local partnership of organisations in one place, funded under one programme. */
@Entity
@Table(name = "partnership")
public class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String place;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_organisation_id")
    private Organisation leadOrganisation;

    // Collections load by subselect: for a list of partnerships, one statement per collection however long the list
    // (batch fetching would take one per hundred partnerships), so list pages keep a fixed query count.
    @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("id")
    private List<PartnershipMember> members = new ArrayList<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "partnership_community_aim", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @Column(name = "aim", nullable = false)
    private List<String> communityAims = new ArrayList<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "partnership_system_aim", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @Column(name = "aim", nullable = false)
    private List<String> systemAims = new ArrayList<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "partnership_workstream", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> workstreams = new ArrayList<>();

    @Embedded
    private BeneficiaryLocation beneficiaryLocation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Partnership() {
    }

    Partnership(Programme programme, String name, String place, String description, Organisation leadOrganisation,
            List<String> communityAims, List<String> systemAims, List<String> workstreams,
            BeneficiaryLocation beneficiaryLocation, Instant createdAt) {
        this.programme = programme;
        this.name = name;
        this.place = place;
        this.description = description;
        this.leadOrganisation = leadOrganisation;
        this.communityAims = new ArrayList<>(communityAims);
        this.systemAims = new ArrayList<>(systemAims);
        this.workstreams = new ArrayList<>(workstreams);
        this.beneficiaryLocation = beneficiaryLocation;
        this.createdAt = createdAt;
    }

    void addMember(Organisation organisation, String role) {
        members.add(new PartnershipMember(this, organisation, role));
    }

    /** Takes an organisation out of the partnership; false when it was not a member. */
    boolean removeMember(long organisationId) {
        return members.removeIf(m -> m.getOrganisation().getId() == organisationId);
    }

    void rename(String name, String place, String description) {
        this.name = name;
        this.place = place;
        this.description = description;
    }

    void changeAims(List<String> communityAims, List<String> systemAims, List<String> workstreams) {
        this.communityAims.clear();
        this.communityAims.addAll(communityAims);
        this.systemAims.clear();
        this.systemAims.addAll(systemAims);
        this.workstreams.clear();
        this.workstreams.addAll(workstreams);
    }

    void locate(BeneficiaryLocation beneficiaryLocation) {
        this.beneficiaryLocation = beneficiaryLocation;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getName() {
        return name;
    }

    public String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }

    public Organisation getLeadOrganisation() {
        return leadOrganisation;
    }

    public List<PartnershipMember> getMembers() {
        return List.copyOf(members);
    }

    public List<String> getCommunityAims() {
        return List.copyOf(communityAims);
    }

    public List<String> getSystemAims() {
        return List.copyOf(systemAims);
    }

    public List<String> getWorkstreams() {
        return List.copyOf(workstreams);
    }

    public BeneficiaryLocation getBeneficiaryLocation() {
        return beneficiaryLocation;
    }
}
