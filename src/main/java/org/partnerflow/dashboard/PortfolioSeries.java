package org.partnerflow.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.partnerflow.award.PortfolioMoney;
import org.partnerflow.milestone.PortfolioFacts;

/** The portfolio's two series over time: the funds month by month and the milestones by calendar quarter. */
final class PortfolioSeries {

    private PortfolioSeries() {
    }

    /** Month by month from the first planned or released tranche to the last, with running totals. */
    static List<Portfolio.FundsMonth> funds(List<PortfolioMoney.MonthAmount> sums) {
        TreeMap<YearMonth, PortfolioMoney.MonthAmount> byMonth = new TreeMap<>();
        sums.forEach(m -> byMonth.put(m.month(), m));
        List<Portfolio.FundsMonth> series = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return series;
        }
        YearMonth last = byMonth.lastKey();
        BigDecimal plannedToDate = zero();
        BigDecimal releasedToDate = zero();
        for (YearMonth month = byMonth.firstKey();
                !month.isAfter(last); month = month.plusMonths(1)) {
            PortfolioMoney.MonthAmount m = byMonth.get(month);
            BigDecimal p = m == null ? zero() : m.planned();
            BigDecimal r = m == null ? zero() : m.released();
            plannedToDate = plannedToDate.add(p);
            releasedToDate = releasedToDate.add(r);
            series.add(new Portfolio.FundsMonth(month, p, r, plannedToDate, releasedToDate));
        }
        return series;
    }

    /** The shown rows' milestones by calendar quarter, from the earliest due date to the latest. */
    static Portfolio.Timeline timeline(List<Portfolio.Row> rows, Map<Long, List<PortfolioFacts.MilestoneState>> milestones,
            LocalDate today) {
        List<Portfolio.Row> withAwards = rows.stream().filter(r -> r.awardId() != null).toList();
        List<LocalDate> dates = withAwards.stream()
                .flatMap(r -> milestones.getOrDefault(r.awardId(), List.of()).stream())
                .map(PortfolioFacts.MilestoneState::dueDate).sorted().toList();
        if (dates.isEmpty()) {
            return new Portfolio.Timeline(List.of(), List.of());
        }
        LocalDate first = quarterStart(dates.get(0));
        int quarters = quarterIndex(first, dates.get(dates.size() - 1)) + 1;
        List<String> labels = new ArrayList<>();
        for (int q = 0; q < quarters; q++) {
            labels.add(quarterLabel(first.plusMonths(3L * q)));
        }
        List<Portfolio.TimelineRow> timelineRows = new ArrayList<>();
        for (Portfolio.Row row : withAwards) {
            List<List<Portfolio.Mark>> cells = new ArrayList<>();
            for (int q = 0; q < quarters; q++) {
                cells.add(new ArrayList<>());
            }
            for (PortfolioFacts.MilestoneState m : milestones.getOrDefault(row.awardId(), List.of())) {
                cells.get(quarterIndex(first, m.dueDate())).add(new Portfolio.Mark(m.milestoneId(), m.sequence(),
                        m.title(), m.dueDate(), row.milestonesStarted() ? PortfolioReadModel.standing(m, today)
                                : Portfolio.Standing.PLANNED)); // nothing is late or due before the award starts
            }
            timelineRows.add(new Portfolio.TimelineRow(row.partnershipId(), row.name(), cells));
        }
        return new Portfolio.Timeline(labels, timelineRows);
    }

    private static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    private static int quarterIndex(LocalDate firstQuarter, LocalDate date) {
        return (int) (ChronoUnit.MONTHS.between(YearMonth.from(firstQuarter), YearMonth.from(quarterStart(date))) / 3);
    }

    /** Jan to Mar 2026: a quarter named by its months, which reads better than Q1 whatever the financial year. */
    private static String quarterLabel(LocalDate start) {
        return start.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " to "
                + start.plusMonths(2).getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + start.getYear();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
