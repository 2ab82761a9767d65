package org.partnerflow.award;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** What a proposal says it will do, as last submitted: its summary, aims, workstreams and budget by year. */
@Embeddable
public class ProposalContent {

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

    protected ProposalContent() {
    }

    /** The content of an award whose proposal is not in yet: no summary, nothing listed. */
    static ProposalContent none() {
        return new ProposalContent();
    }

    static ProposalContent of(ProposalRequest proposal) {
        ProposalContent content = new ProposalContent();
        content.summary = proposal.summary().trim();
        content.communityAims = new ArrayList<>(ProposalRequest.orEmpty(proposal.communityAims()));
        content.systemAims = new ArrayList<>(ProposalRequest.orEmpty(proposal.systemAims()));
        content.workstreams = new ArrayList<>(ProposalRequest.orEmpty(proposal.workstreams()));
        content.budgetByYear = new ArrayList<>(proposal.budgetByYear().stream()
                .map(b -> new BudgetLine(b.year(), b.amount().setScale(2))).toList());
        return content;
    }

    /** The budget by year as the panel's decision re-profiled it. */
    void reprofile(List<BudgetLine> budget) {
        budgetByYear.clear();
        budgetByYear.addAll(budget);
    }

    public String getSummary() { return summary; }
    public List<String> getCommunityAims() { return List.copyOf(communityAims); }
    public List<String> getSystemAims() { return List.copyOf(systemAims); }
    public List<String> getWorkstreams() { return List.copyOf(workstreams); }
    public List<BudgetLine> getBudgetByYear() { return List.copyOf(budgetByYear); }
}
