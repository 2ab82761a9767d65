package org.partnerflow.award;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

    /** Null until the proposal is first submitted (all its columns empty). */
    @Embedded
    private ProposalContent proposal;

    @Column(name = "amount_requested")
    private BigDecimal amountRequested;

    @Column(name = "amount_awarded")
    private BigDecimal amountAwarded;

    @Column(name = "amount_released", nullable = false)
    private BigDecimal amountReleased = BigDecimal.ZERO.setScale(2);

    /** Null until the proposal is first submitted. */
    @Embedded
    private AwardPeriod period;

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
        this.proposal = ProposalContent.of(proposal);
        amountRequested = proposal.amountRequested().setScale(2);
        period = AwardPeriod.of(proposal.startDate(), proposal.durationMonths());
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
        requireStatus(AwardStatus.ACTIVE, AwardStatus.CLOSED); // CLOSED: a tranche held for close-out
        BigDecimal after = amountReleased.add(amount);
        if (after.compareTo(amountAwarded) > 0) {
            throw new org.partnerflow.shared.DomainRuleViolation("amount", "would take the amount released to "
                    + org.partnerflow.shared.Money.format(after) + ", more than the award of "
                    + org.partnerflow.shared.Money.format(amountAwarded));
        }
        amountReleased = after;
    }

    void recordFinalReport(FinalReport report) {
        requireStatus(AwardStatus.ACTIVE);
        finalReport = report;
    }

    void close() {
        requireStatus(AwardStatus.ACTIVE);
        status = AwardStatus.CLOSED;
    }

    private void requireStatus(AwardStatus... allowed) {
        status.require("Award " + reference, allowed);
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public Programme getProgramme() { return programme; }
    public Partnership getPartnership() { return partnership; }
    public AwardStatus getStatus() { return status; }
    public int getRound() { return round; }
    /** What the proposal says, as last submitted; null before the first submission. */
    public ProposalContent getProposal() { return proposal; }
    public BigDecimal getAmountRequested() { return amountRequested; }
    public BigDecimal getAmountAwarded() { return amountAwarded; }
    public BigDecimal getAmountReleased() { return amountReleased; }
    public LocalDate getStartDate() { return period == null ? null : period.startDate(); }
    public Integer getDurationMonths() { return period == null ? null : period.durationMonths(); }
    public LocalDate getEndDate() { return period == null ? null : period.endDate(); }
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
}
