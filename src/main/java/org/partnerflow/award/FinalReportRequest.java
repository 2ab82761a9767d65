package org.partnerflow.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code submitFinalReport}: what the award achieved and what was learned, in the partnership's words. */
public record FinalReportRequest(@NotBlank @Size(max = 10000) String report) {
}
