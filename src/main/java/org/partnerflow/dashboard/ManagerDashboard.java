package org.partnerflow.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the programme team has on (GET /api/v1/dashboard/manager and the /dashboard/manager page): its open tasks by
 * type and age, overdue items, how long evidence reviews take, and the awards ending within 90 days.
 */
public record ManagerDashboard(ProgrammeRef programme, LocalDate asOf, OpenTasks openTasks, Overdue overdue,
        ReviewTurnaround reviewTurnaround, List<EndingAward> awardsEndingSoon) {

    /** The programme the dashboard is narrowed to; null for every programme the user may see. */
    public record ProgrammeRef(Long id, String title) {
    }

    /** How many tasks by age: created under 7 days ago, 7 to 30 days ago, more than 30 days ago. */
    public record AgeCounts(int underSevenDays, int sevenToThirtyDays, int overThirtyDays) {

        public int total() {
            return underSevenDays + sevenToThirtyDays + overThirtyDays;
        }
    }

    /** The team's open tasks: offered to programme managers, or assigned to one. */
    public record OpenTasks(int total, AgeCounts byAge, List<TaskTypeRow> byType) {
    }

    /** One kind of task: how many are open, by age, and how old the oldest is in days. */
    public record TaskTypeRow(String taskDefinitionKey, String name, int total, AgeCounts byAge, long oldestAgeDays) {
    }

    /** What an overdue item is. */
    public enum Kind { MILESTONE, TASK }

    /** Overdue milestones and overdue team tasks, most overdue first; items holds at most the first few. */
    public record Overdue(int total, int milestones, int tasks, List<OverdueItem> items) {
    }

    /** A milestone (milestoneId set) or a task (taskId set) past its due date. */
    public record OverdueItem(Kind kind, String title, Long partnershipId, String partnershipName, Long awardId,
            String awardReference, Long milestoneId, String taskId, LocalDate dueDate, long daysOverdue) {
    }

    /** Days from evidence submitted (the review task created) to the decision (the task completed). */
    public record ReviewTurnaround(String taskDefinitionKey, Window allTime, Window last90Days) {
    }

    /** How many reviews were decided and their median in days (one decimal); null median when there are none. */
    public record Window(int reviews, BigDecimal medianDays) {
    }

    /** An active award whose period ends within 90 days. */
    public record EndingAward(Long awardId, String reference, Long partnershipId, String partnershipName,
            LocalDate endDate, long daysLeft, BigDecimal amountAwarded, BigDecimal amountReleased) {
    }
}
