package org.partnerflow.award;

/**
 * A milestone's status before and after a step of the milestone workflow, with what its audit entry names and the
 * milestone's evidence rounds after the step.
 */
public record MilestoneStatusChange(Long milestoneId, String title, Long awardId, Long partnershipId,
        MilestoneStatus before, MilestoneStatus after, int evidenceRounds) {
}
