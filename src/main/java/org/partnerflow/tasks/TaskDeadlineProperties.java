package org.partnerflow.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many days staff have for each step the models give a deadline ({@code partnerflow.tasks.deadlines.*}): the
 * assessment of a proposal, the panel's decision, the review of milestone evidence, and proposing and approving a
 * tranche release.
 */
@ConfigurationProperties("partnerflow.tasks.deadlines")
public record TaskDeadlineProperties(@DefaultValue("14") int assessmentDays, @DefaultValue("14") int decisionDays,
        @DefaultValue("10") int evidenceReviewDays, @DefaultValue("10") int releaseProposalDays,
        @DefaultValue("10") int releaseApprovalDays) {

    public TaskDeadlineProperties {
        for (int days : new int[] {assessmentDays, decisionDays, evidenceReviewDays, releaseProposalDays,
                releaseApprovalDays}) {
            if (days < 1 || days > 366) {
                throw new IllegalArgumentException("a task deadline is 1 to 366 days, not " + days);
            }
        }
    }
}
