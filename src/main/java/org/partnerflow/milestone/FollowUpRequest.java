package org.partnerflow.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code followUpOverdueMilestone}: what the programme manager did about it. */
public record FollowUpRequest(@NotBlank @Size(max = 4000) String note) {
}
