package org.partnerflow.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A programme's portfolio as the funder reads it: totals, and one row per partnership (GET /api/v1/dashboard/portfolio). */
public record Portfolio(ProgrammeRef programme, Totals totals, List<Row> partnerships) {

    /** The programme the portfolio is of. */
    public record ProgrammeRef(Long id, String title) {
    }

    /** Money across the programme. */
    public record Totals(BigDecimal budget, BigDecimal awarded, BigDecimal released, BigDecimal spent,
            BigDecimal remaining) {
    }

    /** Milestones by where they stand: approved, on track, due within 30 days without evidence, overdue. */
    public record Milestones(int approved, int onTrack, int dueSoon, int overdue) {
    }

    /** One partnership's row. */
    public record Row(Long partnershipId, String name, Long awardId, String awardReference, String awardStatus,
            BigDecimal amountAwarded, BigDecimal amountReleased, BigDecimal amountSpent, Milestones milestones,
            LocalDate lastLearningReviewOn, BigDecimal collaborationHealth, RagRules.Rag rag) {
    }
}
