package org.partnerflow.milestone;

/**
 * A milestone's status before and after a step of the milestone workflow, with what its audit entry names and the
 * milestone's evidence rounds after the step.
 */
public record MilestoneStatusChange(Long milestoneId, String title, Long awardId, MilestoneStatus before,
        MilestoneStatus after, int evidenceRounds) {
}
