package org.partnerflow.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.tasks.FollowUp;
import org.partnerflow.tasks.FollowUpSubject;
import org.partnerflow.tasks.FollowUps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of outcomeReporting: opens a period's report, takes the partnership's values, applies a programme
 * manager's decisions. Only an approval changes an indicator's actual, and an approved value is never decided
 * or reported again (409).
 */
@Service
public class OutcomeReports {

    private final ReportRepository reports;
    private final ValueRepository values;
    private final IndicatorRepository indicators;
    private final FollowUps followUps;
    private final Indicators indicatorService;
    private final Partnerships partnerships;
    private final Clock clock;

    OutcomeReports(ReportRepository reports, ValueRepository values, IndicatorRepository indicators,
            FollowUps followUps, Indicators indicatorService, Partnerships partnerships, Clock clock) {
        this.reports = reports;
        this.values = values;
        this.indicators = indicators;
        this.followUps = followUps;
        this.indicatorService = indicatorService;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /** The report for the award's period (created once); null when the partnership has no indicator to report. */
    @Transactional
    public Long open(long awardId, long partnershipId, LocalDate periodEnd, LocalDate dueOn) {
        var existing = reports.findByAwardIdAndPeriodEnd(awardId, periodEnd);
        if (existing.isPresent()) {
            return existing.get().getStatus() == OutcomeReport.Status.APPROVED ? null : existing.get().getId();
        }
        if (inScope(partnershipId, periodEnd).isEmpty()) {
            return null;
        }
        return reports.save(new OutcomeReport(awardId, partnershipId, periodEnd, dueOn)).getId();
    }

    @Transactional(readOnly = true)
    public OutcomeReportView view(long reportId) {
        OutcomeReport report = require(reportId);
        Map<Long, OutcomeValue> sent = values.findByReportIdOrderById(reportId).stream()
                .collect(Collectors.toMap(OutcomeValue::getIndicatorId, Function.identity()));
        List<OutcomeReportView.Line> lines = inScope(report.getPartnershipId(), report.getPeriodEnd()).stream()
                .map(i -> {
                    OutcomeValue v = sent.get(i.getId());
                    boolean toReport = v == null || v.getStatus() == OutcomeValue.Status.RETURNED;
                    boolean toDecide = v != null && v.getStatus() == OutcomeValue.Status.PENDING;
                    return new OutcomeReportView.Line(IndicatorView.of(i), i.targetFor(report.getPeriodEnd()),
                            v == null ? null : OutcomeReportView.ValueView.of(v), toReport, toDecide);
                }).toList();
        return new OutcomeReportView(report.getId(), report.getAwardId(), report.getPartnershipId(),
                report.getPeriodEnd(), report.getDueOn(), report.getStatus().name(), report.getRound(),
                report.getSubmittedBy(), report.getOverdueSince(), lines,
                followUps.of(FollowUp.Kind.OUTCOME_REPORT, reportId));
    }

    /** A partnership's reports, newest period first; 404 for a partner of another partnership. */
    @Transactional(readOnly = true)
    public List<OutcomeReportView> forPartnership(long partnershipId, PartnerflowUser user) {
        partnerships.get(partnershipId, user);
        return reports.findByPartnershipIdOrderByPeriodEnd(partnershipId).stream()
                .sorted((a, b) -> b.getPeriodEnd().compareTo(a.getPeriodEnd())).map(r -> view(r.getId())).toList();
    }

    /** The partnership's values for the period: every indicator still to report, once each. */
    @Transactional
    public void submit(long reportId, ReportRequest body, String partner) {
        OutcomeReport report = require(reportId);
        if (report.getStatus() == OutcomeReport.Status.SUBMITTED || report.getStatus() == OutcomeReport.Status.APPROVED) {
            throw new ConflictException("This period's report has been sent already.");
        }
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        errors.check(body.periodEnd().equals(report.getPeriodEnd()), "periodEnd",
                "must be " + report.getPeriodEnd() + ", the end of the period this report is for");
        Map<Long, OutcomeValue> sent = values.findByReportIdOrderById(reportId).stream()
                .collect(Collectors.toMap(OutcomeValue::getIndicatorId, Function.identity()));
        Map<Long, Indicator> toReport = inScope(report.getPartnershipId(), report.getPeriodEnd()).stream()
                .filter(i -> !sent.containsKey(i.getId()) || sent.get(i.getId()).getStatus() == OutcomeValue.Status.RETURNED)
                .collect(Collectors.toMap(Indicator::getId, Function.identity()));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < body.values().size(); i++) {
            ReportRequest.Value value = body.values().get(i);
            String field = "values[" + i + "]";
            OutcomeValue already = sent.get(value.indicatorId());
            if (already != null && already.getStatus() == OutcomeValue.Status.APPROVED) {
                throw new ConflictException("The value of indicator " + value.indicatorId()
                        + " for this period is approved already; an approved value does not change.");
            }
            Indicator indicator = toReport.get(value.indicatorId());
            errors.check(indicator != null, field + ".indicatorId", "is not an indicator of this report still to report");
            errors.check(seen.add(value.indicatorId()), field + ".indicatorId", "is reported a second time");
            if (indicator != null) {
                if (indicator.getUnit().numeric()) {
                    errors.check(value.value() != null, field + ".value", "is needed for an indicator with figures");
                    errors.check(value.value() == null || indicator.getUnit() != IndicatorUnit.PERCENT
                            || (value.value().signum() >= 0 && value.value().compareTo(java.math.BigDecimal.valueOf(100)) <= 0),
                            field + ".value", "must be a percentage from 0 to 100");
                } else {
                    errors.check(value.value() == null, field + ".value", "must be empty: this indicator is qualitative, the narrative is its report");
                }
            }
        }
        List<String> missing = toReport.values().stream().filter(i -> !seen.contains(i.getId()))
                .map(Indicator::getTitle).toList();
        errors.check(missing.isEmpty(), "values", "must report every indicator; missing: " + String.join(", ", missing));
        errors.throwIfAny();
        for (ReportRequest.Value value : body.values()) {
            OutcomeValue row = sent.computeIfAbsent(value.indicatorId(),
                    id -> new OutcomeValue(reportId, id, report.getPeriodEnd()));
            row.report(value.value(), value.narrative().trim(), value.evidence());
            values.save(row);
        }
        report.submitted(partner, clock.instant());
    }

    /**
     * A programme manager's decisions, one per value waiting. Approving makes the value count towards the indicator's
     * actual (recomputed from approved values alone); returning leaves the actual as it was. True when any went back.
     */
    @Transactional
    public boolean review(long reportId, ReviewRequest body, String manager) {
        OutcomeReport report = require(reportId);
        Map<Long, OutcomeValue> sent = values.findByReportIdOrderById(reportId).stream()
                .collect(Collectors.toMap(OutcomeValue::getIndicatorId, Function.identity()));
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < body.decisions().size(); i++) {
            ReviewRequest.Decision d = body.decisions().get(i);
            OutcomeValue value = sent.get(d.indicatorId());
            if (value != null && value.getStatus() == OutcomeValue.Status.APPROVED) {
                throw new ConflictException("The value of indicator " + d.indicatorId()
                        + " for this period is approved already; it counts once and is not decided again.");
            }
            String field = "decisions[" + i + "]";
            errors.check(value != null && value.getStatus() == OutcomeValue.Status.PENDING, field + ".indicatorId",
                    "names no value waiting for a decision in this report");
            errors.check(seen.add(d.indicatorId()), field + ".indicatorId", "is decided a second time");
            errors.check(d.decision() != ReviewRequest.Choice.RETURN || (d.comments() != null && !d.comments().isBlank()),
                    field + ".comments", "are needed to return a value: say what the partnership should change");
        }
        List<Long> undecided = sent.values().stream().filter(v -> v.getStatus() == OutcomeValue.Status.PENDING)
                .map(OutcomeValue::getIndicatorId).filter(id -> !seen.contains(id)).toList();
        errors.check(undecided.isEmpty(), "decisions", "must decide every value sent; undecided indicators: " + undecided);
        errors.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        boolean anyReturned = false;
        for (ReviewRequest.Decision d : body.decisions()) {
            OutcomeValue value = sent.get(d.indicatorId());
            if (d.decision() == ReviewRequest.Choice.APPROVE) {
                value.approve(manager, today);
                values.saveAndFlush(value);
                indicatorService.recomputeActual(d.indicatorId());
            } else {
                value.returnWith(d.comments().trim(), manager);
                anyReturned = true;
            }
        }
        report.decided(anyReturned);
        return anyReturned;
    }

    /** True, and the report OVERDUE, when nothing has been sent by its due date. */
    @Transactional
    public boolean markOverdueIfMissing(long reportId) {
        return require(reportId).markOverdueIfMissing(LocalDate.now(clock));
    }

    /** The late report as a follow-up records it; following one up writes no audit entry. */
    @Transactional
    public FollowUpSubject followUpSubject(long reportId) {
        OutcomeReport report = require(reportId);
        return new FollowUpSubject(FollowUp.Kind.OUTCOME_REPORT, reportId, report.getAwardId(),
                report.getPartnershipId(), null);
    }

    private List<Indicator> inScope(long partnershipId, LocalDate periodEnd) {
        return indicators.findByPartnershipIdOrderById(partnershipId).stream()
                .filter(i -> i.getBaselineDate().isBefore(periodEnd)).toList();
    }

    private OutcomeReport require(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("Outcome report", id));
    }
}
