package org.partnerflow.award;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
 * A grant to one partnership under one programme, from proposal to close: the proposal as last submitted,
 * its assessments, the panel's decision, the offer, and the milestone plan with the tranches it gates.
 * State changes go through the methods here; the rules that need other data live in the policies.
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

    @Enumerated(EnumType.STRING)
    private PanelDecision decision;

    @Column(name = "decision_reasons")
    private String decisionReasons;

    @Column(name = "offer_conditions")
    private String offerConditions;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "final_report")
    private String finalReport;

    @Column(name = "final_report_by")
    private String finalReportBy;

    @Column(name = "final_report_at")
    private Instant finalReportAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @OneToMany(mappedBy = "award", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "award", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<PaymentTranche> tranches = new ArrayList<>();

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

    /** Drops the plan of an earlier round; the caller flushes between the steps so rows go in the right order. */
    void discardTranches() {
        tranches.clear();
    }

    void discardMilestones() {
        milestones.clear();
    }

    /** Takes a (re)submitted proposal: replaces the plan, opens a new assessment round. */
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
        tranches.clear();
        milestones.clear();
        List<ProposalRequest.MilestonePlan> plan = proposal.milestones().stream()
                .sorted(java.util.Comparator.comparing(ProposalRequest.MilestonePlan::dueDate)).toList();
        for (int i = 0; i < plan.size(); i++) {
            ProposalRequest.MilestonePlan m = plan.get(i);
            Milestone milestone = new Milestone(this, i + 1, m.title().trim(), m.dueDate(), m.evidenceExpected());
            milestones.add(milestone);
            tranches.add(new PaymentTranche(this, i + 1, m.trancheAmount().setScale(2), m.dueDate(), milestone));
        }
        round++;
        status = AwardStatus.PROPOSED;
        ineligibilityReasons = null;
        decision = null;
        decisionReasons = null;
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

    /** Records the panel's decision; for an approval the amount and the tranche amounts (same order as the plan). */
    void decide(PanelDecision decision, BigDecimal amountAwarded, List<BigDecimal> trancheAmounts, String reasons,
            String conditions, String by, Instant at) {
        requireStatus(AwardStatus.UNDER_ASSESSMENT);
        this.decision = decision;
        this.decisionReasons = reasons;
        this.offerConditions = conditions;
        this.decidedBy = by;
        this.decidedAt = at;
        if (decision == PanelDecision.APPROVE) {
            this.amountAwarded = amountAwarded.setScale(2);
            for (int i = 0; i < tranches.size(); i++) {
                tranches.get(i).setAmount(trancheAmounts.get(i).setScale(2));
            }
        }
    }

    void offer(Instant expiresAt) {
        requireStatus(AwardStatus.UNDER_ASSESSMENT);
        status = AwardStatus.OFFERED;
        offerExpiresAt = expiresAt;
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
        answeredBy = by;
        answeredAt = at;
    }

    void activate() {
        requireStatus(AwardStatus.OFFERED);
        status = AwardStatus.ACTIVE;
    }

    void withdraw() {
        requireStatus(AwardStatus.OFFERED);
        status = AwardStatus.WITHDRAWN;
    }

    /** Adds a released tranche to the amount released; never beyond the award (the database checks it too). */
    void recordRelease(PaymentTranche tranche, java.time.LocalDate on) {
        requireStatus(AwardStatus.ACTIVE);
        BigDecimal after = amountReleased.add(tranche.getAmount());
        if (after.compareTo(amountAwarded) > 0) {
            throw new org.partnerflow.shared.DomainRuleViolation("amount", "would take the amount released to "
                    + org.partnerflow.shared.Money.format(after) + ", more than the award of "
                    + org.partnerflow.shared.Money.format(amountAwarded));
        }
        amountReleased = after;
        tranche.markReleased(on);
    }

    void submitFinalReport(String report, String by, Instant at) {
        requireStatus(AwardStatus.ACTIVE);
        finalReport = report;
        finalReportBy = by;
        finalReportAt = at;
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
    public PanelDecision getDecision() { return decision; }
    public String getDecisionReasons() { return decisionReasons; }
    public String getOfferConditions() { return offerConditions; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getOfferExpiresAt() { return offerExpiresAt; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getFinalReport() { return finalReport; }
    public Instant getFinalReportAt() { return finalReportAt; }
    public List<Milestone> getMilestones() { return List.copyOf(milestones); }
    public List<PaymentTranche> getTranches() { return List.copyOf(tranches); }
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
