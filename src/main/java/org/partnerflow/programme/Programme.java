package org.partnerflow.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerflow.organisation.Organisation;
import org.partnerflow.organisation.OrganisationType;

/** A funder's programme of grants to partnerships, with the money rules every award must keep. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String title;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "funder_id")
    private Organisation funder;

    @Column(name = "total_budget", nullable = false)
    private BigDecimal totalBudget;

    @Column(name = "award_cap", nullable = false)
    private BigDecimal awardCap;

    /** The sum of the awards offered or made under this programme; never above the total budget. */
    @Column(nullable = false)
    private BigDecimal awarded = BigDecimal.ZERO.setScale(2);

    @Column(name = "max_duration_months", nullable = false)
    private int maxDurationMonths;

    @Column(name = "learning_review_cadence_months", nullable = false)
    private int learningReviewCadenceMonths;

    /** Whether each award's last tranche waits (HELD) until its final report is accepted. */
    @Column(name = "final_tranche_held_for_close_out", nullable = false)
    private boolean finalTrancheHeldForCloseOut;

    /** How often partnerships report their outcome indicators (issue 11); 3 months unless changed. */
    @Column(name = "outcome_reporting_cadence_months", nullable = false)
    private int outcomeReportingCadenceMonths = 3;

    @ElementCollection
    @CollectionTable(name = "programme_required_member_type", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false)
    private Set<OrganisationType> requiredMemberTypes = EnumSet.noneOf(OrganisationType.class);

    /** The programme's own assessment criteria; empty until it sets them (then the configured list applies). */
    @ElementCollection
    @CollectionTable(name = "programme_criterion", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private OpenDataSettings openData = new OpenDataSettings();

    @Version
    private long version;

    protected Programme() {
    }

    Programme(String code, String title, String description, Organisation funder, BigDecimal totalBudget,
            BigDecimal awardCap, int maxDurationMonths, int learningReviewCadenceMonths,
            Set<OrganisationType> requiredMemberTypes, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.funder = funder;
        this.totalBudget = totalBudget;
        this.awardCap = awardCap;
        this.maxDurationMonths = maxDurationMonths;
        this.learningReviewCadenceMonths = learningReviewCadenceMonths;
        this.requiredMemberTypes = requiredMemberTypes.isEmpty()
                ? EnumSet.noneOf(OrganisationType.class) : EnumSet.copyOf(requiredMemberTypes);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Organisation getFunder() {
        return funder;
    }

    public BigDecimal getTotalBudget() {
        return totalBudget;
    }

    public BigDecimal getAwardCap() {
        return awardCap;
    }

    public BigDecimal getAwarded() {
        return awarded;
    }

    /** The budget not yet offered or awarded. */
    public BigDecimal getRemainingBudget() {
        return totalBudget.subtract(awarded);
    }

    /** Takes an award out of the budget; the caller holds the programme's row lock (see Programmes.commitAward). */
    void commit(BigDecimal amount) {
        if (amount.signum() <= 0 || amount.compareTo(getRemainingBudget()) > 0) {
            throw new IllegalArgumentException("amount outside the remaining budget");
        }
        awarded = awarded.add(amount);
    }

    /** Gives a withdrawn or declined offer back to the budget. */
    void release(BigDecimal amount) {
        if (amount.signum() <= 0 || amount.compareTo(awarded) > 0) {
            throw new IllegalArgumentException("amount outside what was awarded");
        }
        awarded = awarded.subtract(amount);
    }

    public int getMaxDurationMonths() {
        return maxDurationMonths;
    }

    public int getOutcomeReportingCadenceMonths() {
        return outcomeReportingCadenceMonths;
    }

    /** Reporting periods of awards activated from now on follow the new cadence. */
    public void changeOutcomeReportingCadence(int months) {
        if (months < 1 || months > 12) {
            throw new org.partnerflow.shared.DomainRuleViolation("outcomeReportingCadenceMonths", "must be from 1 to 12 months");
        }
        this.outcomeReportingCadenceMonths = months;
    }

    public boolean isFinalTrancheHeldForCloseOut() {
        return finalTrancheHeldForCloseOut;
    }

    void holdFinalTrancheForCloseOut(boolean hold) {
        this.finalTrancheHeldForCloseOut = hold;
    }

    public int getLearningReviewCadenceMonths() {
        return learningReviewCadenceMonths;
    }

    public long getVersion() {
        return version;
    }

    void retitle(String title) {
        this.title = title;
    }

    void describe(String description) {
        this.description = description;
    }

    /** A new budget; never below what is already offered or awarded (the caller holds the row lock). */
    void rebudget(BigDecimal totalBudget) {
        if (totalBudget.compareTo(awarded) < 0) {
            throw new IllegalArgumentException("budget below what is committed");
        }
        this.totalBudget = totalBudget;
    }

    void changeLimits(BigDecimal awardCap, int maxDurationMonths, int learningReviewCadenceMonths) {
        this.awardCap = awardCap;
        this.maxDurationMonths = maxDurationMonths;
        this.learningReviewCadenceMonths = learningReviewCadenceMonths;
    }

    void requireMemberTypes(Set<OrganisationType> types) {
        requiredMemberTypes.clear();
        requiredMemberTypes.addAll(types);
    }

    public Set<OrganisationType> getRequiredMemberTypes() {
        return requiredMemberTypes.isEmpty() ? Set.of() : Set.copyOf(requiredMemberTypes);
    }

    /** The programme's own criteria, empty when it never set any. */
    List<Criterion> getOwnCriteria() {
        return List.copyOf(criteria);
    }

    void replaceCriteria(List<Criterion> replacement) {
        criteria.clear();
        criteria.addAll(replacement);
    }

    /** Whether its grants are published as open data, under which grant id prefix, and since when. */
    public OpenDataSettings getOpenData() {
        return openData == null ? new OpenDataSettings() : openData;
    }

    void changeOpenData(OpenDataSettings settings) {
        this.openData = settings;
    }
}
