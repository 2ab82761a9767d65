package org.partnerflow.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A programme's portfolio as the funder reads it (GET /api/v1/dashboard/portfolio): totals for the whole programme,
 * one page of rows, one per partnership (narrowed by the filter), planned against released funds by month, and the
 * milestone timeline of the rows shown.
 */
public record Portfolio(ProgrammeRef programme, Filter filter, Totals totals, List<Row> partnerships,
        List<FundsMonth> funds, Timeline timeline, Paging page) {

    /** Which page of rows this is (from 0), its size, and how many rows the filter admits in all. */
    public record Paging(int number, int size, long totalRows) {

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return (long) (number + 1) * size < totalRows;
        }

        public long totalPages() {
            return (totalRows + size - 1) / size;
        }
    }

    /** The programme the portfolio is of. */
    public record ProgrammeRef(Long id, String title) {
    }

    /** Which rows are shown: by RAG, by award status, or (both null) all. The totals are always the programme's. */
    public record Filter(RagRules.Rag rag, String awardStatus) {

        public static Filter none() {
            return new Filter(null, null);
        }

        boolean isNone() {
            return rag == null && awardStatus == null;
        }

        boolean admits(Row row) {
            return (rag == null || rag == row.rag())
                    && (awardStatus == null || awardStatus.equals(row.awardStatus()));
        }
    }

    /**
     * Money across the programme: awarded counts accepted awards (the grants of the 360Giving file), offered the
     * offers not yet accepted, remaining what can still be committed (the budget less both).
     */
    public record Totals(BigDecimal budget, BigDecimal awarded, BigDecimal offered, BigDecimal released,
            BigDecimal spent, BigDecimal remaining) {
    }

    /** Milestones by where they stand: approved, on track, due within 30 days without evidence, overdue. */
    public record Milestones(int approved, int onTrack, int dueSoon, int overdue) {
    }

    /** One partnership's row. */
    public record Row(Long partnershipId, String name, Long awardId, String awardReference, String awardStatus,
            BigDecimal amountAwarded, BigDecimal amountReleased, BigDecimal amountSpent, Milestones milestones,
            LocalDate lastLearningReviewOn, BigDecimal collaborationHealth, RagRules.Rag rag) {

        /** Award statuses under which milestones are being delivered (or were): before them, nothing has started. */
        static final java.util.Set<String> UNDER_WAY = java.util.Set.of("ACTIVE", "SUSPENDED", "CLOSED", "TERMINATED");

        /** Whether the award's milestones have started: a proposal or an offer has plans, not progress. */
        public boolean milestonesStarted() {
            return awardStatus != null && UNDER_WAY.contains(awardStatus);
        }
    }

    /**
     * One month of the programme's payment plan: the tranches planned for the month and those released in it, and
     * both added up from the first month. Released to date in the last month equals the released total.
     */
    public record FundsMonth(YearMonth month, BigDecimal planned, BigDecimal released, BigDecimal plannedToDate,
            BigDecimal releasedToDate) {
    }

    /** Where a milestone stands on the timeline, as counted in the rows. */
    public enum Standing { APPROVED, SUBMITTED, OVERDUE, DUE_SOON, PLANNED }

    /** One milestone on the timeline. */
    public record Mark(Long milestoneId, int sequence, String title, LocalDate dueDate, Standing standing) {
    }

    /** The milestones of the rows shown, by calendar quarter of their due date. */
    public record Timeline(List<String> quarters, List<TimelineRow> partnerships) {
    }

    /** A partnership's milestones, one list per quarter of the timeline (empty where none fall due). */
    public record TimelineRow(Long partnershipId, String name, List<List<Mark>> quarters) {
    }
}
