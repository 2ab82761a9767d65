package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database itself refuses to release more than an award (ck_award_released), whatever code writes: plain SQL
 * against the demo's awards on a real PostgreSQL.
 */
@PostgresDemoAppTest
class ReleasedAmountConstraintOnPostgresTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void aReleaseAboveTheAwardIsRefusedByTheDatabase() {
        Long awardId = jdbc.queryForObject("select min(id) from award where amount_awarded is not null", Long.class);
        assertThat(awardId).as("the demo has an award with an amount").isNotNull();
        BigDecimal awarded = jdbc.queryForObject("select amount_awarded from award where id = ?", BigDecimal.class,
                awardId);
        BigDecimal released = jdbc.queryForObject("select amount_released from award where id = ?", BigDecimal.class,
                awardId);

        assertThatThrownBy(() -> jdbc.update("update award set amount_released = ? where id = ?",
                awarded.add(new BigDecimal("0.01")), awardId))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_award_released");
        assertThatThrownBy(() -> jdbc.update("update award set amount_released = ? where id = ?",
                new BigDecimal("-0.01"), awardId))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_award_released");
        assertThat(jdbc.queryForObject("select amount_released from award where id = ?", BigDecimal.class, awardId))
                .isEqualByComparingTo(released);

        // The whole award may be released, to the penny: the rule is at most the award, not less than it.
        jdbc.update("update award set amount_released = ? where id = ?", awarded, awardId);
        try {
            assertThat(jdbc.queryForObject("select amount_released from award where id = ?", BigDecimal.class, awardId))
                    .isEqualByComparingTo(awarded);
        } finally {
            jdbc.update("update award set amount_released = ? where id = ?", released, awardId);
        }
    }
}
