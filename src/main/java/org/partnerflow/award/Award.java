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
 * A grant to one partnership under one programme, from proposal to close (or early end). The milestone plan and its
 * tranches belong to the milestone module. State changes go through the methods here; other rules in the policies.
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

    @Embedded
    private AwardMoney money = new AwardMoney();

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

    /** Null (all its columns empty) unless the award is suspended or was terminated. */
    @Embedded
    private AwardInterruption interruption;

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

    void attachProcess(String processInstanceId) { this.processInstanceId = processInstanceId; }

    /** Takes a (re)submitted proposal and opens a new assessment round; the caller replaces the milestone plan. */
    void submit(ProposalRequest proposal) {
        requireStatus(AwardStatus.PROPOSED, AwardStatus.CHANGES_REQUESTED);
        this.proposal = ProposalContent.of(proposal);
        money.request(proposal.amountRequested());
        period = AwardPeriod.of(proposal.startDate(), proposal.durationMonths());
        round++;
        status = AwardStatus.PROPOSED;
        ineligibilityReasons = null;
        decision = decision == null ? null : decision.cleared();
    }

    void markEligible() { move(AwardStatus.UNDER_ASSESSMENT, AwardStatus.PROPOSED); }

    void markIneligible(List<String> reasons) {
        move(AwardStatus.CHANGES_REQUESTED, AwardStatus.PROPOSED);
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
            money.award(amountAwarded);
        }
    }

    void offer(Instant expiresAt) {
        move(AwardStatus.OFFERED, AwardStatus.UNDER_ASSESSMENT);
        offer = new OfferRecord(expiresAt, null, null);
    }

    void returnForChanges() { move(AwardStatus.CHANGES_REQUESTED, AwardStatus.UNDER_ASSESSMENT); }

    void reject() { move(AwardStatus.REJECTED, AwardStatus.UNDER_ASSESSMENT); }

    void answer(String by, Instant at) {
        requireStatus(AwardStatus.OFFERED);
        offer = new OfferRecord(offer == null ? null : offer.expiresAt(), by, at);
    }

    void activate() { move(AwardStatus.ACTIVE, AwardStatus.OFFERED); }

    void withdraw() { move(AwardStatus.WITHDRAWN, AwardStatus.OFFERED); }

    /** Adds a released tranche's amount to the amount released; never beyond the award (the database checks it too). */
    void recordRelease(BigDecimal amount) {
        requireStatus(AwardStatus.ACTIVE, AwardStatus.CLOSED); // CLOSED: a tranche held for close-out
        money.release(amount);
    }

    /** A variation approved: a new amount (never below what is released) and a new period; null keeps either. */
    void vary(BigDecimal amountAwarded, AwardPeriod period) {
        requireStatus(AwardStatus.ACTIVE, AwardStatus.SUSPENDED);
        if (amountAwarded != null) {
            money.vary(amountAwarded, "amountAwarded");
        }
        this.period = period == null ? this.period : period;
    }

    void suspend(String reason, String by, Instant at) {
        move(AwardStatus.SUSPENDED, AwardStatus.ACTIVE);
        interruption = AwardInterruption.suspended(reason, by, at);
    }

    void resume() {
        move(AwardStatus.ACTIVE, AwardStatus.SUSPENDED);
        interruption = AwardInterruption.none();
    }

    /** Ends the award early at what was released; returns the unreleased amount, which goes back to the budget. */
    BigDecimal terminate(String reason, LocalDate effective, String by, Instant at) {
        move(AwardStatus.TERMINATED, AwardStatus.ACTIVE, AwardStatus.SUSPENDED);
        BigDecimal before = money.awarded();
        interruption = AwardInterruption.none().terminated(reason, by, at, effective, before);
        return money.stopAtReleased();
    }

    void recordFinalReport(FinalReport report) {
        requireStatus(AwardStatus.ACTIVE, AwardStatus.TERMINATED);
        finalReport = report;
    }

    void close() { move(AwardStatus.CLOSED, AwardStatus.ACTIVE, AwardStatus.TERMINATED); }

    private void move(AwardStatus to, AwardStatus... from) {
        requireStatus(from);
        status = to;
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
    public BigDecimal getAmountRequested() { return money.requested(); }
    public BigDecimal getAmountAwarded() { return money.awarded(); }
    public BigDecimal getAmountReleased() { return money.released(); }
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
    /** Why the award is suspended or was terminated; null or empty otherwise. */
    public AwardInterruption getInterruption() { return interruption; }
    public List<Assessment> getAssessments() { return List.copyOf(assessments); }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }

    /** The assessments of the proposal as last submitted. */
    public List<Assessment> currentAssessments() {
        return assessments.stream().filter(a -> a.getRound() == round).toList();
    }
}
