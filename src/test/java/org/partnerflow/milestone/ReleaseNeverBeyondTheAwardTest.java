package org.partnerflow.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tranche's release goes through the award module's ledger: it pays once and never beyond the award, and the
 * database's ck_award_released check still refuses an amount released above the amount awarded. Each case runs in
 * the test's transaction, which is rolled back.
 */
@DemoAppTest
class ReleaseNeverBeyondTheAwardTest {

    @Autowired MilestonePlan plan;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager entityManager;

    @Test
    @Transactional
    void aReleaseThatWouldTakeTheAwardBeyondItsAmountIsRefusedAndNothingIsPaid() {
        Map<String, Object> open = openTranche();
        long trancheId = ((Number) open.get("tranche_id")).longValue();
        long awardId = ((Number) open.get("award_id")).longValue();
        // The award has all but a penny released already: no tranche fits any more.
        jdbc.update("update award set amount_released = amount_awarded - 0.01 where id = ?", awardId);
        BigDecimal before = released(awardId);

        assertThatThrownBy(() -> plan.release(trancheId)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("more than the award");

        assertThat(released(awardId)).isEqualByComparingTo(before);
        assertThat(jdbc.queryForObject("select status from payment_tranche where id = ?", String.class, trancheId))
                .isNotEqualTo(TrancheStatus.RELEASED.name());
    }

    @Test
    @Transactional
    void aTrancheIsPaidOnceAndAddsItsAmountToTheAwardsReleasedAmount() {
        Map<String, Object> open = openTranche();
        long trancheId = ((Number) open.get("tranche_id")).longValue();
        long awardId = ((Number) open.get("award_id")).longValue();
        BigDecimal amount = (BigDecimal) open.get("amount");
        BigDecimal before = released(awardId);

        assertThat(plan.release(trancheId)).isTrue();
        assertThat(plan.release(trancheId)).as("a second release of the same tranche pays nothing").isFalse();

        entityManager.flush(); // the released amount reaches the row the check reads
        assertThat(released(awardId)).isEqualByComparingTo(before.add(amount));
    }

    @Test
    @Transactional
    void theDatabaseRefusesAnAmountReleasedAboveTheAmountAwarded() {
        long awardId = ((Number) openTranche().get("award_id")).longValue();
        assertThatThrownBy(() -> jdbc.update("update award set amount_released = amount_awarded + 0.01 where id = ?",
                awardId)).isInstanceOf(DataIntegrityViolationException.class);
    }

    private Map<String, Object> openTranche() {
        return jdbc.queryForMap("""
                select t.id as tranche_id, t.award_id as award_id, t.amount as amount from payment_tranche t
                join award a on a.id = t.award_id
                where a.status = 'ACTIVE' and t.status <> 'RELEASED' and a.amount_released + t.amount <= a.amount_awarded
                order by t.id fetch first 1 rows only""");
    }

    private BigDecimal released(long awardId) {
        return jdbc.queryForObject("select amount_released from award where id = ?", BigDecimal.class, awardId);
    }
}
