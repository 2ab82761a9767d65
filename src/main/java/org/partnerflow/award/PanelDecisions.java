package org.partnerflow.award;

import static org.partnerflow.award.AwardChanges.entry;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.Notifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel's decision on an assessed proposal: approve (the amount and each tranche's), ask for changes, or reject,
 * with the partnership told of a request for changes or a rejection.
 */
@Service
public class PanelDecisions {

    private final AwardRepository repository;
    private final AwardPlans plans;
    private final Clock clock;
    private final AuditTrail audit;
    private final Notifier notifier;
    /** The words of the mail subjects (i18n/mail.properties). */
    private final Formats formats;

    PanelDecisions(AwardRepository repository, AwardPlans plans, Clock clock, AuditTrail audit, Notifier notifier,
            Formats formats) {
        this.repository = repository;
        this.plans = plans;
        this.clock = clock;
        this.audit = audit;
        this.notifier = notifier;
        this.formats = formats;
    }

    @Transactional
    public void decide(long awardId, DecisionRequest request, String funder) {
        Award award = repository.require(awardId);
        List<BigDecimal> planned = plans.tranches(List.of(awardId)).getOrDefault(awardId, List.of()).stream()
                .map(AwardPlans.PlannedTranche::amount).toList();
        List<BudgetLine> budget = award.getProposal() == null ? List.of() : award.getProposal().getBudgetByYear();
        // Every rule is checked before anything is written: a refused decision leaves the award as it was.
        DecisionRules.Outcome outcome = DecisionRules.decide(request, award.getAmountRequested(), planned, budget,
                award.getProgramme().getAwardCap());
        BigDecimal awardedBefore = award.getAmountAwarded();
        AwardStatus before = award.getStatus();
        award.decide(new DecisionRecord(request.decision(), request.reasons(), request.conditions(), funder,
                clock.instant()), request.amountAwarded());
        AuditEntry entry = entry(award, "DECIDED", "Panel decision: " + request.decision(), before).by(funder)
                .money("amountAwarded", awardedBefore, award.getAmountAwarded());
        if (request.decision() == PanelDecision.APPROVE) {
            plans.setTrancheAmounts(awardId, outcome.tranches());
            if (outcome.budget() != null) {
                award.getProposal().reprofile(outcome.budget());
                entry.change("budgetByYear", lines(budget), lines(outcome.budget()));
            }
        }
        audit.record(entry);
    }

    private static String lines(List<BudgetLine> budget) {
        return budget.stream().map(b -> "year " + b.year() + ": " + org.partnerflow.shared.Money.format(b.amount()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @Transactional
    public void requestChanges(long awardId) {
        Award award = repository.require(awardId);
        AwardStatus before = award.getStatus();
        award.returnForChanges();
        audit.record(entry(award, "CHANGES_REQUESTED", "Proposal returned to the partnership for changes", before));
        notifier.send(AwardNotices.changesRequested(award, formats));
    }

    @Transactional
    public void reject(long awardId) {
        Award award = repository.require(awardId);
        AwardStatus before = award.getStatus();
        award.reject();
        audit.record(entry(award, "REJECTED", "Proposal rejected", before));
        notifier.send(AwardNotices.rejected(award, formats));
    }
}
