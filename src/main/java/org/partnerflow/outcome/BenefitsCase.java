package org.partnerflow.outcome;

import java.math.BigDecimal;
import java.util.List;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A partnership's benefits case: cohorts and costs, with every sum computed here (see Savings for the rules). */
@Service
public class BenefitsCase {

    private final CohortRepository cohorts;
    private final IndicatorRepository indicators;
    private final ValueRepository values;
    private final Partnerships partnerships;
    private final Indicators indicatorService;

    BenefitsCase(CohortRepository cohorts, IndicatorRepository indicators, ValueRepository values,
            Partnerships partnerships, Indicators indicatorService) {
        this.cohorts = cohorts;
        this.indicators = indicators;
        this.values = values;
        this.partnerships = partnerships;
        this.indicatorService = indicatorService;
    }

    /** A cohort with its computed saving per person and per year. */
    public record CohortView(Long id, String name, int people, BigDecimal baselineCostPerPersonYear,
            BigDecimal newCostPerPersonYear, BigDecimal savingPerPersonYear, BigDecimal annualSaving) {
    }

    /** The people indicator the realised saving is computed from. */
    public record PeopleIndicator(Long id, String title, BigDecimal baseline, BigDecimal actualToDate,
            java.time.LocalDate actualPeriodEnd) {
    }

    /** The benefits case as the API shows it. */
    public record BenefitsView(List<CohortView> cohorts, BigDecimal projectedAnnualSaving, List<Savings.Step> scaling,
            BigDecimal realisedSavingToDate, PeopleIndicator peopleIndicator) {
    }

    @Transactional(readOnly = true)
    public BenefitsView view(long partnershipId, PartnerflowUser user) {
        partnerships.get(partnershipId, user);
        List<BenefitCohort> rows = cohorts.findByPartnershipIdOrderByPosition(partnershipId);
        List<Savings.Cohort> figures = rows.stream().map(BenefitCohort::figures).toList();
        List<CohortView> views = rows.stream().map(c -> {
            Savings.Cohort f = c.figures();
            return new CohortView(c.getId(), f.name(), f.people(), f.baselineCostPerPersonYear(),
                    f.newCostPerPersonYear(), f.perPersonSaving(), f.annualSaving());
        }).toList();
        Indicator people = indicators.findByPartnershipIdOrderById(partnershipId).stream()
                .filter(Indicator::isCountsTowardsSavings).findFirst().orElse(null);
        BigDecimal realised = BigDecimal.ZERO.setScale(2);
        PeopleIndicator basis = null;
        if (people != null) {
            List<Savings.Point> points = values.approvedFor(List.of(people.getId())).stream()
                    .map(v -> new Savings.Point(v.getPeriodEnd(), v.getValue())).toList();
            realised = Savings.realised(figures, people.getBaseline(), people.getBaselineDate(), points);
            basis = new PeopleIndicator(people.getId(), people.getTitle(), people.getBaseline(),
                    people.getActualToDate(), people.getActualPeriodEnd());
        }
        return new BenefitsView(views, Savings.projected(figures), Savings.scaling(figures), realised, basis);
    }

    @Transactional
    public CohortView addCohort(long partnershipId, CohortRequest request, PartnerflowUser user) {
        indicatorService.mayChange(partnershipId, user);
        int position = cohorts.findByPartnershipIdOrderByPosition(partnershipId).stream()
                .mapToInt(BenefitCohort::getPosition).max().orElse(0) + 1;
        BenefitCohort saved = cohorts.save(new BenefitCohort(partnershipId, position, request.name().trim(),
                request.people(), request.baselineCostPerPersonYear(), request.newCostPerPersonYear()));
        Savings.Cohort f = saved.figures();
        return new CohortView(saved.getId(), f.name(), f.people(), f.baselineCostPerPersonYear(),
                f.newCostPerPersonYear(), f.perPersonSaving(), f.annualSaving());
    }
}
