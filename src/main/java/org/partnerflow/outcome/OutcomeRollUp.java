package org.partnerflow.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.Csv;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's indicators across its partnerships, for the funder: indicators sharing a title (ignoring case and
 * spaces at the ends) and a unit are one row, with each partnership's baseline, final target, approved actual and
 * progress. For people, pounds and counts going the same way the row also adds them up (a partnership without an
 * approved actual counts at its baseline) and gives the progress of the sums.
 */
@Service
public class OutcomeRollUp {

    private final Programmes programmes;
    private final Partnerships partnerships;
    private final IndicatorRepository indicators;
    private final ValueRepository values;

    OutcomeRollUp(Programmes programmes, Partnerships partnerships, IndicatorRepository indicators, ValueRepository values) {
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.indicators = indicators;
        this.values = values;
    }

    /** The roll-up of one programme. */
    public record ProgrammeOutcomes(long programmeId, String programmeTitle, int reportingCadenceMonths,
            List<SharedIndicator> indicators) {
    }

    /** Indicators of one title and unit across the programme's partnerships. */
    public record SharedIndicator(String title, IndicatorUnit unit, Direction direction, int partnershipCount,
            BigDecimal totalBaseline, BigDecimal totalTarget, BigDecimal totalActual, Progress progress,
            List<Entry> partnerships) {
    }

    /** One partnership's indicator in the roll-up. */
    public record Entry(long partnershipId, String partnershipName, long indicatorId, BigDecimal baseline,
            BigDecimal finalTarget, BigDecimal actualToDate, java.time.LocalDate lastApprovedOn, Progress progress) {
    }

    @Transactional(readOnly = true)
    public ProgrammeOutcomes programme(long programmeId, PartnerflowUser user) {
        ProgrammeView programme = programmes.get(programmeId, user);
        Map<Long, PartnershipView> byId = partnerships.visibleTo(user, programmeId).stream()
                .collect(Collectors.toMap(PartnershipView::id, Function.identity()));
        Map<String, List<Indicator>> groups = new LinkedHashMap<>();
        for (Indicator i : byId.isEmpty() ? List.<Indicator>of() : indicators.findByPartnershipIdInOrderById(byId.keySet())) {
            groups.computeIfAbsent(i.getTitle().trim().toLowerCase(Locale.UK) + "|" + i.getUnit(), k -> new ArrayList<>()).add(i);
        }
        List<SharedIndicator> shared = new ArrayList<>();
        for (List<Indicator> group : groups.values()) {
            Indicator first = group.get(0);
            List<Entry> entries = group.stream().map(i -> new Entry(i.getPartnershipId(),
                    byId.get(i.getPartnershipId()).name(), i.getId(), i.getBaseline(), i.finalTarget(),
                    i.getActualToDate(), i.getLastApprovedOn(),
                    Progress.of(i.getDirection(), i.getBaseline(), i.finalTarget(), i.getActualToDate()))).toList();
            boolean additive = first.getUnit() == IndicatorUnit.PEOPLE || first.getUnit() == IndicatorUnit.GBP
                    || first.getUnit() == IndicatorUnit.COUNT;
            boolean sameWay = group.stream().allMatch(i -> i.getDirection() == first.getDirection());
            boolean complete = group.stream().allMatch(i -> i.getBaseline() != null && i.finalTarget() != null);
            BigDecimal baseline = null;
            BigDecimal target = null;
            BigDecimal actual = null;
            Progress progress = null;
            if (additive && sameWay && complete) {
                baseline = group.stream().map(Indicator::getBaseline).reduce(BigDecimal.ZERO, BigDecimal::add);
                target = group.stream().map(Indicator::finalTarget).reduce(BigDecimal.ZERO, BigDecimal::add);
                actual = group.stream().map(i -> i.getActualToDate() != null ? i.getActualToDate() : i.getBaseline())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                progress = Progress.of(first.getDirection(), baseline, target, actual);
            }
            shared.add(new SharedIndicator(first.getTitle(), first.getUnit(), first.getDirection(), group.size(),
                    baseline, target, actual, progress, entries));
        }
        shared.sort((a, b) -> Integer.compare(b.partnershipCount(), a.partnershipCount()));
        return new ProgrammeOutcomes(programmeId, programme.title(),
                programmes.require(programmeId).getOutcomeReportingCadenceMonths(), shared);
    }

    /** Every approved actual of the programme's indicators, a row per indicator and period, as CSV. */
    @Transactional(readOnly = true)
    public Csv csv(long programmeId, PartnerflowUser user) {
        programmes.get(programmeId, user);
        Map<Long, PartnershipView> byId = partnerships.visibleTo(user, programmeId).stream()
                .collect(Collectors.toMap(PartnershipView::id, Function.identity()));
        Csv csv = new Csv().row("Partnership", "Indicator", "Unit", "Direction", "Baseline", "Baseline date",
                "Period end", "Target", "Approved actual", "Approved on", "Progress to final target (%)", "Narrative");
        List<Indicator> list = byId.isEmpty() ? List.of() : indicators.findByPartnershipIdInOrderById(byId.keySet());
        Map<Long, List<OutcomeValue>> approved = list.isEmpty() ? Map.of()
                : values.approvedFor(list.stream().map(Indicator::getId).toList()).stream()
                        .collect(Collectors.groupingBy(OutcomeValue::getIndicatorId));
        for (Indicator i : list) {
            for (OutcomeValue v : approved.getOrDefault(i.getId(), List.of())) {
                Progress p = Progress.of(i.getDirection(), i.getBaseline(), i.finalTarget(), v.getValue());
                csv.row(byId.get(i.getPartnershipId()).name(), i.getTitle(), i.getUnit().label(),
                        i.getDirection().name(), i.getBaseline(), i.getBaselineDate(), v.getPeriodEnd(),
                        i.targetFor(v.getPeriodEnd()), v.getValue(), v.getApprovedOn(), p == null ? null : p.percent(),
                        v.getNarrative());
            }
        }
        return csv;
    }
}
