package org.partnerflow.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.milestone.MilestoneStatus;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.learning.LearningReviewStatus;

/**
 * What a partner needs to see of each partnership they belong to: tasks, next milestones and learning reviews, the
 * award's money and the case study (the partner home page and GET /api/v1/dashboard/partner).
 */
public record PartnerHome(List<Section> partnerships) {

    /** One partnership's part of the home; money is null without an award, caseStudy null until one is published. */
    public record Section(PartnershipRef partnership, Tasks tasks, List<NextMilestone> nextMilestones,
            List<Review> nextLearningReviews, Review lastSignedOffReview, Grant money, CaseStudyRef caseStudy) {
    }

    /** The partnership and its programme. */
    public record PartnershipRef(Long id, String name, Long programmeId, String programmeTitle) {
    }

    /** The partnership's open tasks as the user sees them: how many, how many late, and the most urgent first. */
    public record Tasks(long open, long overdue, List<TaskLine> mostUrgent) {
    }

    /**
     * A task; its due date is a moment (a deadline at UK midnight reads as the day before). What it is about comes
     * from its process's business key: the milestone of a milestone task, the due date of a learning review's.
     */
    public record TaskLine(String id, String name, String taskDefinitionKey, Instant due, boolean overdue,
            Long milestoneId, LocalDate reviewDueOn) {
    }

    /** A milestone not yet approved; daysUntilDue is negative once the due date has passed. */
    public record NextMilestone(Long id, String title, LocalDate dueDate, MilestoneStatus status,
            BigDecimal trancheAmount, long daysUntilDue, boolean overdue) {
    }

    /** A learning review by its due date and where it stands. */
    public record Review(Long id, LocalDate dueOn, LearningReviewStatus status, LocalDate signedOffOn) {
    }

    /**
     * The current award's money: awarded (null until decided), released, spent as the spend returns report it,
     * still to be released, and the next tranche not yet released.
     */
    public record Grant(Long awardId, String awardReference, AwardStatus awardStatus, BigDecimal awarded,
            BigDecimal released, BigDecimal spent, BigDecimal toBeReleased, NextTranche nextTranche) {
    }

    /** The next tranche to be paid and the milestone that gates it (no milestone for a tranche paid up front). */
    public record NextTranche(Long id, BigDecimal amount, LocalDate plannedDate, TrancheStatus status,
            Long milestoneId, String milestoneTitle) {
    }

    /** The partnership's published case study and its latest version. */
    public record CaseStudyRef(String slug, String title, int version, LocalDate publishedOn) {
    }
}
