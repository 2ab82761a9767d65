package org.partnerflow.milestone;

import java.util.List;

/** What a plan variation did, for the audit trail and the variation's record. */
public record PlanChangeSummary(List<Long> added, List<Long> removed, List<Long> moved, List<Long> amountsChanged) {
}
