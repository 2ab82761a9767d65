package org.partnerflow.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** A group of people the new model reaches, in order, with their cost per person-year now and under the model. */
@Entity
@Immutable // append-only: a change is a new row
@Table(name = "benefit_cohort")
class BenefitCohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id")
    private long partnershipId;

    private int position;

    private String name;

    private int people;

    @Column(name = "baseline_cost_person_year")
    private BigDecimal baselineCostPerPersonYear;

    @Column(name = "new_cost_person_year")
    private BigDecimal newCostPerPersonYear;

    protected BenefitCohort() {
    }

    BenefitCohort(long partnershipId, int position, String name, int people, BigDecimal baselineCost, BigDecimal newCost) {
        this.partnershipId = partnershipId;
        this.position = position;
        this.name = name;
        this.people = people;
        this.baselineCostPerPersonYear = baselineCost;
        this.newCostPerPersonYear = newCost;
    }

    Savings.Cohort figures() {
        return new Savings.Cohort(name, people, baselineCostPerPersonYear, newCostPerPersonYear);
    }

    Long getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    String getName() {
        return name;
    }
}
