package org.partnerflow.award.process;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One year of a proposal's budget as the decision's page shows it: year 1 runs from the award's start date for twelve
 * months, the last year stops at the award's end; {@code from} and {@code to} are null while there is no start date.
 */
public record BudgetYearSpan(int year, LocalDate from, LocalDate to, BigDecimal requested) {
}
