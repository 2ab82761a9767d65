package org.partnerflow.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code submitFinalReport}: what the award achieved and what was learned, in the partnership's words,
 * and optionally a short account of the final spend against the award.
 */
public record FinalReportRequest(@NotBlank @Size(max = 10000) String report, @Size(max = 4000) String spendSummary) {
}
