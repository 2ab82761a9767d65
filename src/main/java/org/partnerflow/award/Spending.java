package org.partnerflow.award;

import static org.partnerflow.shared.Money.format;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spend returns: each year the partnership reports what it spent against the year's budget line; the award
 * then shows awarded, released, spent and remaining. A return for a year already reported corrects it.
 */
@Service
public class Spending {

    private final SpendReturnRepository returns;
    private final AwardRepository awards;
    private final Clock clock;
    private final AuditTrail audit;

    Spending(SpendReturnRepository returns, AwardRepository awards, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.returns = returns;
        this.awards = awards;
        this.clock = clock;
    }

    @Transactional
    public List<SpendView> report(long awardId, SpendReturnRequest request, PartnerflowUser user) {
        Award award = checked(awardId, user);
        long partnershipId = award.getPartnership().getId();
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        errors.check(GrantRecords.GRANTED.contains(award.getStatus()), "year",
                "can only be reported for an award that has started (active, suspended, closed or terminated); this one"
                        + " is " + award.getStatus());
        errors.throwIfAny();
        int years = yearsOf(award.getDurationMonths());
        errors.check(request.year() <= years, "year", "must be between 1 and " + years + " for this award");
        BigDecimal otherYears = returns.findByAwardIdOrderByYear(awardId).stream()
                .filter(r -> r.getYear() != request.year()).map(SpendReturn::getAmountSpent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = otherYears.add(request.amountSpent());
        errors.check(total.compareTo(award.getAmountAwarded()) <= 0, "amountSpent",
                "would take the spend reported to " + format(total) + ", more than the award of "
                        + format(award.getAmountAwarded()));
        errors.throwIfAny();
        java.util.Optional<SpendReturn> reported = returns.findByAwardIdAndYear(awardId, request.year());
        checkExpectedVersion(request, reported.orElse(null));
        SpendReturn spend = reported.orElseGet(() -> new SpendReturn(awardId, request.year()));
        BigDecimal before = spend.getAmountSpent();
        spend.report(request.amountSpent().setScale(2), request.narrative(), user.getUsername(), clock.instant());
        returns.save(spend);
        audit.record(AuditEntry.of(AuditSubject.SPEND_RETURN, awardId + "-" + request.year(), "SPEND_REPORTED",
                (before == null ? "Reported" : "Corrected") + " year " + request.year() + "'s spend: "
                        + format(spend.getAmountSpent()))
                .award(awardId, partnershipId).by(user.getUsername())
                .money("amountSpent", before, spend.getAmountSpent()));
        return of(awardId);
    }

    /** 404 unless the user may see the award; 403 unless they are of its partnership or a programme manager. */
    @Transactional(readOnly = true)
    public void mayReport(long awardId, PartnerflowUser user) {
        checked(awardId, user);
    }

    private Award checked(long awardId, PartnerflowUser user) {
        Award award = awards.findById(awardId).orElseThrow(() -> new NotFoundException("Award", awardId));
        long partnershipId = award.getPartnership().getId();
        if (!user.canRead(partnershipId)) {
            throw new NotFoundException("Award", awardId);
        }
        if (!canReport(partnershipId, user)) {
            throw new AccessDeniedException("only the partnership or a programme manager reports spend");
        }
        return award;
    }

    /** Whether the user may report spend for an award of the partnership (pages offer the form). */
    public static boolean canReport(long partnershipId, PartnerflowUser user) {
        return user.partnershipIds().contains(partnershipId) || user.has(Role.PROGRAMME_MANAGER);
    }

    /** How many award years a spend return can name: the duration in whole or part years. */
    public static int yearsOf(int durationMonths) {
        return (durationMonths + 11) / 12;
    }

    /**
     * A correction that names the version it was based on must still find that version: otherwise someone else
     * corrected the year in between (or reported it first) and this caller would overwrite what they never saw.
     */
    private static void checkExpectedVersion(SpendReturnRequest request, SpendReturn current) {
        if (request.version() == null) {
            return;
        }
        if (current == null) {
            throw new ConflictException("Year " + request.year() + " has no spend return yet, so there is no version "
                    + request.version() + " to correct. Report it without a version.");
        }
        if (current.getVersion() != request.version()) {
            throw new ConflictException("The spend return for year " + request.year() + " is at version "
                    + current.getVersion() + " but this correction was based on version " + request.version()
                    + ": someone else changed it. Reload it and try again.");
        }
    }

    @Transactional(readOnly = true)
    public List<SpendView> of(long awardId) {
        return returns.findByAwardIdOrderByYear(awardId).stream().map(SpendView::of).toList();
    }

    /** One year's return; {@code version} is what a correction sends back to be refused if it is stale. */
    public record SpendView(int year, BigDecimal amountSpent, String narrative, String submittedBy,
            java.time.Instant submittedAt, long version) {

        static SpendView of(SpendReturn r) {
            return new SpendView(r.getYear(), r.getAmountSpent(), r.getNarrative(), r.getSubmittedBy(),
                    r.getSubmittedAt(), r.getVersion());
        }
    }
}
