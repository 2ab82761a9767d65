package org.partnerflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RagRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate START = LocalDate.of(2026, 4, 1);

    @Test
    void anOverdueMilestoneOrPoorCollaborationIsRed() {
        assertThat(RagRules.of(1, 0, new BigDecimal("4.5"), TODAY, START, 6, TODAY)).isEqualTo(RagRules.Rag.RED);
        assertThat(RagRules.of(0, 0, new BigDecimal("2.4"), TODAY, START, 6, TODAY)).isEqualTo(RagRules.Rag.RED);
    }

    @Test
    void aMilestoneDueSoonMiddlingHealthOrALateReviewIsAmber() {
        assertThat(RagRules.of(0, 1, null, TODAY, START, 6, TODAY)).isEqualTo(RagRules.Rag.AMBER);
        assertThat(RagRules.of(0, 0, new BigDecimal("3.4"), TODAY, START, 6, TODAY)).isEqualTo(RagRules.Rag.AMBER);
        assertThat(RagRules.of(0, 0, new BigDecimal("4.0"), TODAY.minusMonths(8), START, 6, TODAY))
                .isEqualTo(RagRules.Rag.AMBER);
    }

    @Test
    void otherwiseGreen() {
        assertThat(RagRules.of(0, 0, new BigDecimal("3.5"), TODAY.minusMonths(6), START, 6, TODAY))
                .isEqualTo(RagRules.Rag.GREEN);
        assertThat(RagRules.of(0, 0, null, null, TODAY.minusMonths(3), 6, TODAY)).isEqualTo(RagRules.Rag.GREEN);
    }
}
