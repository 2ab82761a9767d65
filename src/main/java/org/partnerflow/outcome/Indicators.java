package org.partnerflow.outcome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defines and changes a partnership's indicators and keeps each one's actual to date: the approved value of its
 * latest approved period, recomputed from approved values only. Once the partnership's award is ACTIVE, every
 * change needs a reason and is kept as a variation.
 */
@Service
public class Indicators {

    private final IndicatorRepository repository;
    private final VariationRepository variations;
    private final ValueRepository values;
    private final Partnerships partnerships;
    private final AwardQueries awards;
    private final Clock clock;

    Indicators(IndicatorRepository repository, VariationRepository variations, ValueRepository values,
            Partnerships partnerships, AwardQueries awards, Clock clock) {
        this.repository = repository;
        this.variations = variations;
        this.values = values;
        this.partnerships = partnerships;
        this.awards = awards;
        this.clock = clock;
    }

    /** The partnership's indicators; 404 for a partner of another partnership. */
    @Transactional(readOnly = true)
    public List<IndicatorView> forPartnership(long partnershipId, PartnerflowUser user) {
        partnerships.get(partnershipId, user);
        return repository.findByPartnershipIdOrderById(partnershipId).stream().map(IndicatorView::of).toList();
    }

    @Transactional
    public IndicatorView define(long partnershipId, IndicatorRequest request, PartnerflowUser user) {
        mayChange(partnershipId, user);
        check(partnershipId, request, null);
        boolean variation = requireReasonWhenActive(partnershipId, request, user);
        Indicator indicator = new Indicator(partnershipId, user.getUsername(), clock.instant());
        indicator.define(request);
        indicator = repository.save(indicator);
        if (variation) {
            variations.save(new IndicatorVariation(indicator.getId(), request.reason().trim(),
                    "Indicator added: " + describe(indicator), user.getUsername(), clock.instant()));
        }
        return IndicatorView.of(indicator);
    }

    @Transactional
    public IndicatorView change(long partnershipId, long indicatorId, IndicatorRequest request, PartnerflowUser user) {
        mayChange(partnershipId, user);
        Indicator indicator = require(partnershipId, indicatorId);
        check(partnershipId, request, indicatorId);
        if (indicator.getUnit() != request.unit()) {
            throw new DomainRuleViolation("unit", "cannot change once defined: define a new indicator instead");
        }
        boolean variation = requireReasonWhenActive(partnershipId, request, user);
        String before = describe(indicator);
        indicator.define(request);
        String after = describe(indicator);
        if (variation && !before.equals(after)) {
            variations.save(new IndicatorVariation(indicatorId, request.reason().trim(),
                    "From " + before + " to " + after, user.getUsername(), clock.instant()));
        }
        return IndicatorView.of(indicator);
    }

    /** One indicator with its periods (target against approved actual) and its variations. */
    @Transactional(readOnly = true)
    public IndicatorHistory history(long partnershipId, long indicatorId, PartnerflowUser user) {
        partnerships.get(partnershipId, user);
        Indicator indicator = require(partnershipId, indicatorId);
        return history(indicator);
    }

    @Transactional(readOnly = true)
    public List<IndicatorHistory> histories(long partnershipId, PartnerflowUser user) {
        partnerships.get(partnershipId, user);
        return repository.findByPartnershipIdOrderById(partnershipId).stream().map(this::history).toList();
    }

    private IndicatorHistory history(Indicator indicator) {
        Map<LocalDate, IndicatorHistory.Period> periods = new TreeMap<>();
        indicator.getTargets().forEach(t -> periods.put(t.periodEnd(),
                new IndicatorHistory.Period(t.periodEnd(), t.value(), null, null, null)));
        for (OutcomeValue v : values.findByIndicatorIdOrderByPeriodEnd(indicator.getId())) {
            IndicatorHistory.Period p = periods.get(v.getPeriodEnd());
            BigDecimal target = p != null ? p.target() : indicator.targetFor(v.getPeriodEnd());
            boolean approved = v.getStatus() == OutcomeValue.Status.APPROVED;
            periods.put(v.getPeriodEnd(), new IndicatorHistory.Period(v.getPeriodEnd(), target,
                    approved ? v.getValue() : null, approved ? v.getNarrative() : null, v.getStatus().name()));
        }
        return new IndicatorHistory(IndicatorView.of(indicator), new ArrayList<>(periods.values()),
                variations.findByIndicatorIdOrderByChangedAt(indicator.getId()));
    }

    /** Sets the actual to date from the approved values alone; running it again changes nothing. */
    @Transactional
    void recomputeActual(long indicatorId) {
        Indicator indicator = repository.findById(indicatorId).orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
        OutcomeValue latest = values.approvedFor(List.of(indicatorId)).stream()
                .max(Comparator.comparing(OutcomeValue::getPeriodEnd)).orElse(null);
        LocalDate lastApproved = values.approvedFor(List.of(indicatorId)).stream().map(OutcomeValue::getApprovedOn)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        indicator.recordActual(latest == null ? null : latest.getValue(), latest == null ? null : latest.getPeriodEnd(),
                lastApproved);
    }

    Indicator require(long partnershipId, long indicatorId) {
        return repository.findById(indicatorId).filter(i -> i.getPartnershipId() == partnershipId)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
    }

    /** Programme managers and admins, or a partner of this partnership; others learn nothing (404) or are refused. */
    public void mayChange(long partnershipId, PartnerflowUser user) {
        partnerships.get(partnershipId, user);
        if (!canChange(partnershipId, user)) {
            throw new AccessDeniedException("only a programme manager or the partnership changes its outcomes");
        }
    }

    /** Whether the user may define indicators, contributions and cohorts for the partnership (pages offer the forms). */
    public static boolean canChange(long partnershipId, PartnerflowUser user) {
        return user.has(Role.PROGRAMME_MANAGER) || user.has(Role.ADMIN)
                || user.has(Role.PARTNER) && user.partnershipIds().contains(partnershipId);
    }

    private void check(long partnershipId, IndicatorRequest request, Long changing) {
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        IndicatorRules.check(request).forEach(e -> errors.check(false, e.field(), e.message()));
        if (Boolean.TRUE.equals(request.countsTowardsSavings())) {
            boolean another = repository.findByPartnershipIdOrderById(partnershipId).stream()
                    .anyMatch(i -> i.isCountsTowardsSavings() && !i.getId().equals(changing));
            errors.check(!another, "countsTowardsSavings", "is set on another indicator: one indicator counts towards savings");
        }
        errors.throwIfAny();
    }

    private boolean requireReasonWhenActive(long partnershipId, IndicatorRequest request, PartnerflowUser user) {
        boolean active = !awards.visibleTo(user, null, partnershipId, AwardStatus.ACTIVE).isEmpty();
        if (active && (request.reason() == null || request.reason().isBlank())) {
            throw new DomainRuleViolation("reason", "is needed: the award is active, so this change is a variation");
        }
        return active;
    }

    private static String describe(Indicator i) {
        StringBuilder text = new StringBuilder(i.getTitle()).append(" (").append(i.getUnit().label()).append(", ")
                .append(i.getDirection().name().toLowerCase()).append(")");
        if (i.getBaseline() != null) {
            text.append(", baseline ").append(i.getBaseline().toPlainString()).append(" on ").append(i.getBaselineDate());
        }
        if (!i.getTargets().isEmpty()) {
            text.append(", targets ");
            i.getTargets().forEach(t -> text.append(t.periodEnd()).append(": ").append(t.value().toPlainString()).append("; "));
            text.setLength(text.length() - 2);
        }
        return text.toString();
    }
}
