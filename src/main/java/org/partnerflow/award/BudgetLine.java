package org.partnerflow.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One year of a proposal's budget. */
@Embeddable
public record BudgetLine(@Column(name = "budget_year", nullable = false) int year,
        @Column(nullable = false) BigDecimal amount) {
}
