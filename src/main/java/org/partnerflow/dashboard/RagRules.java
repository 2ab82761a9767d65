package org.partnerflow.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a partnership's RAG status is decided (documented in docs/architecture.md):
 * RED when a milestone is overdue or the latest collaboration health is below 2.5;
 * AMBER when a milestone falls due within 30 days without evidence, the health is below 3.5,
 * or no learning review has been signed off for longer than the cadence plus a month;
 * GREEN otherwise. An award that is not active has no RAG.
 */
public final class RagRules {

    public enum Rag { GREEN, AMBER, RED }

    private RagRules() {
    }

    public static Rag of(int overdue, int dueSoon, BigDecimal health, LocalDate lastReview, LocalDate awardStart,
            int cadenceMonths, LocalDate today) {
        if (overdue > 0 || (health != null && health.compareTo(new BigDecimal("2.5")) < 0)) {
            return Rag.RED;
        }
        LocalDate since = lastReview != null ? lastReview : awardStart;
        boolean reviewLate = since != null && since.plusMonths(cadenceMonths + 1L).isBefore(today);
        if (dueSoon > 0 || reviewLate || (health != null && health.compareTo(new BigDecimal("3.5")) < 0)) {
            return Rag.AMBER;
        }
        return Rag.GREEN;
    }
}
