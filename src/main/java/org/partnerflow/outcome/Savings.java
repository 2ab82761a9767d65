package org.partnerflow.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of a benefits case, in pounds (BigDecimal, never double).
 * <ul>
 * <li>A cohort's annual saving is people times (baseline cost minus new cost) per person-year; exact to the penny.</li>
 * <li>The projected annual saving is the sum over all cohorts; the scaling steps add the cohorts one by one in their
 * order (the first cohort, then the first two, and so on).</li>
 * <li>The saving realised to date comes from the approved values of the partnership's people indicator (people on
 * the new model at each period end). Each approved value above the indicator's baseline counts for the days since
 * the previous approved period end (the baseline date for the first); people fill the cohorts in order and each
 * saves its cohort's amount per person-year (people beyond every cohort save at the last cohort's rate). The sum of
 * people times saving times days is divided by 365 once and rounded HALF_UP to the penny.</li>
 * </ul>
 */
public final class Savings {

    static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private Savings() {
    }

    /** A cohort's figures: how many people, and each person's cost a year now and under the new model. */
    public record Cohort(String name, int people, BigDecimal baselineCostPerPersonYear, BigDecimal newCostPerPersonYear) {

        public BigDecimal perPersonSaving() {
            return baselineCostPerPersonYear.subtract(newCostPerPersonYear);
        }

        public BigDecimal annualSaving() {
            return perPersonSaving().multiply(BigDecimal.valueOf(people)).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** One approved value of the people indicator: its period end and the people on the new model then. */
    public record Point(LocalDate periodEnd, BigDecimal people) {
    }

    /** The saving once the model reaches the first {@code cohorts} cohorts, with the people they hold. */
    public record Step(int cohorts, String upTo, int people, BigDecimal annualSaving) {
    }

    public static BigDecimal projected(List<Cohort> cohorts) {
        return cohorts.stream().map(Cohort::annualSaving).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public static List<Step> scaling(List<Cohort> cohorts) {
        List<Step> steps = new ArrayList<>();
        int people = 0;
        BigDecimal saving = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < cohorts.size(); i++) {
            people += cohorts.get(i).people();
            saving = saving.add(cohorts.get(i).annualSaving());
            steps.add(new Step(i + 1, cohorts.get(i).name(), people, saving));
        }
        return steps;
    }

    /** What {@code people} on the new model save in a year, filling the cohorts in order. */
    public static BigDecimal annualSavingFor(BigDecimal people, List<Cohort> cohorts) {
        BigDecimal left = people.max(BigDecimal.ZERO);
        BigDecimal saving = BigDecimal.ZERO;
        for (Cohort cohort : cohorts) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal here = left.min(BigDecimal.valueOf(cohort.people()));
            saving = saving.add(here.multiply(cohort.perPersonSaving()));
            left = left.subtract(here);
        }
        if (left.signum() > 0 && !cohorts.isEmpty()) {
            saving = saving.add(left.multiply(cohorts.get(cohorts.size() - 1).perPersonSaving()));
        }
        return saving;
    }

    public static BigDecimal realised(List<Cohort> cohorts, BigDecimal baseline, LocalDate baselineDate, List<Point> approved) {
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate previous = baselineDate;
        BigDecimal base = baseline == null ? BigDecimal.ZERO : baseline;
        for (Point point : approved.stream().sorted(Comparator.comparing(Point::periodEnd)).toList()) {
            long days = Math.max(0, ChronoUnit.DAYS.between(previous, point.periodEnd()));
            sum = sum.add(annualSavingFor(point.people().subtract(base), cohorts).multiply(BigDecimal.valueOf(days)));
            previous = point.periodEnd();
        }
        return sum.divide(DAYS_PER_YEAR, 2, RoundingMode.HALF_UP);
    }
}
