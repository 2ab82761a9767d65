package org.partnerflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreKeptToExactlyTwoDecimalPlaces() {
        assertThat(Money.gbp("450000").toPlainString()).isEqualTo("450000.00");
        assertThat(Money.gbp("12.5").scale()).isEqualTo(2);
    }

    @Test
    void aThirdDecimalPlaceIsRefusedNotRounded() {
        assertThatThrownBy(() -> Money.gbp(new BigDecimal("10.005")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two decimal places");
    }

    @Test
    void pagesShowPoundsWithThousandsSeparators() {
        assertThat(Money.format(new BigDecimal("450000"))).isEqualTo("£450,000.00");
        assertThat(Money.format(new BigDecimal("2700000.5"))).isEqualTo("£2,700,000.50");
        assertThat(Money.format(null)).isEmpty();
    }
}
