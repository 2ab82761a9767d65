package org.partnerflow.award;

import static org.partnerflow.award.AwardChanges.entry;

import java.math.BigDecimal;
import java.time.Clock;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.milestone.HeldTranches;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme managers' review of a final report: the award's money at close-out, and accepting the report (the
 * underspend to recover recorded on the award and in its audit trail) or returning it to the partnership.
 */
@Service
public class FinalReportReview {

    private final AwardRepository repository;
    private final SpendReturnRepository spend;
    private final HeldTranches held;
    private final Clock clock;
    private final AuditTrail audit;

    FinalReportReview(AwardRepository repository, SpendReturnRepository spend, HeldTranches held, Clock clock,
            AuditTrail audit) {
        this.repository = repository;
        this.spend = spend;
        this.held = held;
        this.clock = clock;
        this.audit = audit;
    }

    /** Awarded, released and reported spent side by side, and whether the last tranche is held. */
    @Transactional(readOnly = true)
    public CloseOutMoney money(long awardId) {
        Award award = repository.require(awardId);
        BigDecimal spent = spend.findByAwardIdOrderByYear(awardId).stream().map(SpendReturn::getAmountSpent)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new CloseOutMoney(award.getAmountAwarded(), award.getAmountReleased(), spent,
                held.heldMilestone(awardId).isPresent());
    }

    /** Records the decision; comments are required to return the report, so the partnership knows what to change. */
    @Transactional
    public void review(long awardId, FinalReviewRequest request, String manager) {
        String comments = request.comments() == null || request.comments().isBlank() ? null : request.comments().trim();
        if (request.decision() == FinalReviewRequest.Decision.RETURN && comments == null) {
            throw new DomainRuleViolation("comments", "must say what the partnership should change to return the report");
        }
        Award award = repository.require(awardId);
        FinalReport report = award.getFinalReport();
        if (report == null || report.text() == null) {
            throw new org.partnerflow.shared.ConflictException("Award " + award.getReference()
                    + " has no final report to review.");
        }
        if (request.decision() == FinalReviewRequest.Decision.RETURN) {
            award.recordFinalReport(report.reviewed(request.decision(), comments, manager, clock.instant(), null));
            audit.record(entry(award, "FINAL_REPORT_RETURNED", "Final report returned to the partnership: " + comments,
                    null).by(manager).change("finalReport", "SUBMITTED", "RETURNED"));
            return;
        }
        CloseOutMoney money = money(awardId);
        BigDecimal underspend = money.underspend();
        award.recordFinalReport(report.reviewed(request.decision(), comments, manager, clock.instant(), underspend));
        audit.record(entry(award, "FINAL_REPORT_ACCEPTED", "Final report accepted. Awarded "
                + Money.format(money.awarded()) + ", released " + Money.format(money.released()) + ", reported spent "
                + Money.format(money.reportedSpent()) + "; underspend to recover " + Money.format(underspend), null)
                .by(manager).money("underspendToRecover", null, underspend)
                .change("finalReport", "SUBMITTED", "ACCEPTED"));
    }
}
