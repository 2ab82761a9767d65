package org.partnerflow.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One milestone of a varied plan: id null for a new milestone; an id names a milestone of the award not yet approved. */
public record PlanChange(Long id, String title, LocalDate dueDate, String evidenceExpected, BigDecimal trancheAmount) {
}
