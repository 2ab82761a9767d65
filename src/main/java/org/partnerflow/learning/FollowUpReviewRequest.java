package org.partnerflow.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code followUpOverdueLearningReview}: what the programme manager did about it. */
public record FollowUpReviewRequest(@NotBlank @Size(max = 4000) String note) {
}
