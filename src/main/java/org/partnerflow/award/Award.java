package org.partnerflow.award;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnerflow.partnership.Partnership;
import org.partnerflow.programme.Programme;

/**
 * A grant to one partnership under one programme, from proposal to close: the proposal as last submitted, its
 * assessments, the panel's decision, the offer, the money released and the final report. The milestone plan and its
 * tranches belong to the milestone module, which refers to the award by id. State changes go through the methods
 * here; the rules that need other data live in the policies.
 */
@Entity
@Table(name = "award")
public class Award {

    /** Drawn from award_seq by AwardNumbers before the award is built: the reference contains it. */
    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AwardStatus status = AwardStatus.PROPOSED;

    /** How many times the proposal has been submitted; assessments belong to a round. */
    @Column(nullable = false)
    private int round;

    private String summary;

    @ElementCollection
    @CollectionTable(name = "award_community_aim", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    @Column(name = "aim", nullable = false)
    private List<String> communityAims = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "award_system_aim", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    @Column(name = "aim", nullable = false)
    private List<String> systemAims = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "award_workstream", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> workstreams = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "award_budget_line", joinColumns = @JoinColumn(name = "award_id"))
    @OrderBy("year")
    private List<BudgetLine> budgetByYear = new ArrayList<>();

    @Column(name = "amount_requested")
    private BigDecimal amountRequested;

    @Column(name = "amount_awarded")
    private BigDecimal amountAwarded;

    @Column(name = "amount_released", nullable = false)
    private BigDecimal amountReleased = BigDecimal.ZERO.setScale(2);

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "ineligibility_reasons")
    private String ineligibilityReasons;

    /** Null until the panel decides (all its columns empty). */
    @Embedded
    private DecisionRecord decision;

    /** Null until an offer is made. */
    @Embedded
    private OfferRecord offer;

    /** Null until the final report is in. */
    @Embedded
    private FinalReport finalReport;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @OneToMany(mappedBy = "award", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("round, submittedAt")
    private List<Assessment> assessments = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Award() {
    }

    Award(long id, String reference, Programme programme, Partnership partnership, String createdBy, Instant createdAt) {
        this.id = id;
        this.reference = reference;
        this.programme = programme;
        this.partnership = partnership;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Takes a (re)submitted proposal and opens a new assessment round; the caller replaces the milestone plan. */
    void submit(ProposalRequest proposal) {
        requireStatus(AwardStatus.PROPOSED, AwardStatus.CHANGES_REQUESTED);
        summary = proposal.summary().trim();
        communityAims = new ArrayList<>(ProposalRequest.orEmpty(proposal.communityAims()));
        systemAims = new ArrayList<>(ProposalRequest.orEmpty(proposal.systemAims()));
        workstreams = new ArrayList<>(ProposalRequest.orEmpty(proposal.workstreams()));
        budgetByYear = new ArrayList<>(proposal.budgetByYear().stream()
                .map(b -> new BudgetLine(b.year(), b.amount().setScale(2))).toList());
        amountRequested = proposal.amountRequested().setScale(2);
        startDate = proposal.startDate();
        durationMonths = proposal.durationMonths();
        endDate = AwardPeriod.endDate(startDate, durationMonths);
        round++;
        status = AwardStatus.PROPOSED;
        ineligibilityReasons = null;
        decision = decision == null ? null : decision.cleared();
        amountAwarded = null;
    }

    void markEligible() {
        requireStatus(AwardStatus.PROPOSED);
        status = AwardStatus.UNDER_ASSESSMENT;
    }

    void markIneligible(List<String> reasons) {
        requireStatus(AwardStatus.PROPOSED);
        status = AwardStatus.CHANGES_REQUESTED;
        ineligibilityReasons = String.join("\n", reasons);
    }

    void addAssessment(String assessor, Recommendation recommendation, List<Assessment.Score> scores, Instant at) {
        requireStatus(AwardStatus.UNDER_ASSESSMENT);
        assessments.add(new Assessment(this, round, assessor, recommendation, scores, at));
    }

    /** Records the panel's decision; for an approval the amount (the caller sets the plan's tranche amounts). */
    void decide(DecisionRecord decision, BigDecimal amountAwarded) {
        requireStatus(AwardStatus.UNDER_ASSESSMENT);
        this.decision = decision;
        if (decision.decision() == PanelDecision.APPROVE) {
            this.amountAwarded = amountAwarded.setScale(2);
        }
    }

    void offer(Instant expiresAt) {
        requireStatus(AwardStatus.UNDER_ASSESSMENT);
        status = AwardStatus.OFFERED;
        offer = new OfferRecord(expiresAt, null, null);
    }

    void returnForChanges() {
        requireStatus(AwardStatus.UNDER_ASSESSMENT);
        status = AwardStatus.CHANGES_REQUESTED;
    }

    void reject() {
        requireStatus(AwardStatus.UNDER_ASSESSMENT);
        status = AwardStatus.REJECTED;
    }

    void answer(String by, Instant at) {
        requireStatus(AwardStatus.OFFERED);
        offer = new OfferRecord(offer == null ? null : offer.expiresAt(), by, at);
    }

    void activate() {
        requireStatus(AwardStatus.OFFERED);
        status = AwardStatus.ACTIVE;
    }

    void withdraw() {
        requireStatus(AwardStatus.OFFERED);
        status = AwardStatus.WITHDRAWN;
    }

    /** Adds a released tranche's amount to the amount released; never beyond the award (the database checks it too). */
    void recordRelease(BigDecimal amount) {
        requireStatus(AwardStatus.ACTIVE);
        BigDecimal after = amountReleased.add(amount);
        if (after.compareTo(amountAwarded) > 0) {
            throw new org.partnerflow.shared.DomainRuleViolation("amount", "would take the amount released to "
                    + org.partnerflow.shared.Money.format(after) + ", more than the award of "
                    + org.partnerflow.shared.Money.format(amountAwarded));
        }
        amountReleased = after;
    }

    void submitFinalReport(String report, String by, Instant at) {
        requireStatus(AwardStatus.ACTIVE);
        finalReport = new FinalReport(report, by, at);
    }

    void close() {
        requireStatus(AwardStatus.ACTIVE);
        status = AwardStatus.CLOSED;
    }

    private void requireStatus(AwardStatus... allowed) {
        for (AwardStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new org.partnerflow.shared.ConflictException("Award " + reference + " is " + status
                + ", so this step does not apply to it.");
    }

    // --- reading ----------------------------------------------------------------------------------------

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public Programme getProgramme() { return programme; }
    public Partnership getPartnership() { return partnership; }
    public AwardStatus getStatus() { return status; }
    public int getRound() { return round; }
    public String getSummary() { return summary; }
    public List<String> getCommunityAims() { return List.copyOf(communityAims); }
    public List<String> getSystemAims() { return List.copyOf(systemAims); }
    public List<String> getWorkstreams() { return List.copyOf(workstreams); }
    public List<BudgetLine> getBudgetByYear() { return List.copyOf(budgetByYear); }
    public BigDecimal getAmountRequested() { return amountRequested; }
    public BigDecimal getAmountAwarded() { return amountAwarded; }
    public BigDecimal getAmountReleased() { return amountReleased; }
    public LocalDate getStartDate() { return startDate; }
    public Integer getDurationMonths() { return durationMonths; }
    public LocalDate getEndDate() { return endDate; }
    public String getIneligibilityReasons() { return ineligibilityReasons; }
    /** The panel's decision as recorded; null before the first. */
    public DecisionRecord getDecisionRecord() { return decision; }
    public PanelDecision getDecision() { return decision == null ? null : decision.decision(); }
    public String getDecisionReasons() { return decision == null ? null : decision.reasons(); }
    public String getOfferConditions() { return decision == null ? null : decision.conditions(); }
    public Instant getOfferExpiresAt() { return offer == null ? null : offer.expiresAt(); }
    public String getProcessInstanceId() { return processInstanceId; }
    /** The final report; null until it is in. */
    public FinalReport getFinalReport() { return finalReport; }
    public List<Assessment> getAssessments() { return List.copyOf(assessments); }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }

    /** The assessments of the proposal as last submitted. */
    public List<Assessment> currentAssessments() {
        return assessments.stream().filter(a -> a.getRound() == round).toList();
    }

    /** One year of the proposal's budget. */
    @Embeddable
    public record BudgetLine(@Column(name = "budget_year", nullable = false) int year, @Column(nullable = false) BigDecimal amount) {
    }
}
