package org.partnerflow.tasks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of every overdue follow-up task (followUpOverdueMilestone, followUpOverdueLearningReview,
 * followUpOverdueOutcomeReport): what the programme manager did about it.
 */
public record FollowUpRequest(@NotBlank @Size(max = 4000) String note) {
}
