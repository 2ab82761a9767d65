package org.partnerflow.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of followUpOverdueOutcomeReport: what the programme manager did about the late report. */
public record FollowUpRequest(@NotBlank @Size(max = 4000) String note) {
}
