package org.partnerflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Money's rules for any amount, not only the ones a hand-written test thinks of. */
class MoneyPropertiesTest {

    /** Up to £9,999,999,999.99: more than any programme's budget. */
    static final long MAX_PENCE = 999_999_999_999L;

    @Property
    void anAmountInPenceKeepsItsValueAndHasExactlyTwoDecimals(@ForAll @LongRange(min = 0, max = MAX_PENCE) long pence,
            @ForAll @IntRange(min = 0, max = 2) int writtenScale) {
        BigDecimal amount = BigDecimal.valueOf(pence, 2);
        BigDecimal written = amount.stripTrailingZeros().scale() <= writtenScale
                ? amount.setScale(writtenScale) : amount;
        BigDecimal normalised = Money.gbp(written);
        assertThat(normalised.scale()).isEqualTo(2);
        assertThat(normalised).isEqualByComparingTo(amount);
        assertThat(Money.gbp(written.toPlainString())).isEqualTo(normalised);
    }

    @Property
    void anAmountWithAFractionOfAPennyIsRefusedNotRounded(@ForAll @LongRange(min = 0, max = MAX_PENCE) long pence,
            @ForAll @IntRange(min = 1, max = 9) int tenthsOfAPenny) {
        BigDecimal amount = BigDecimal.valueOf(pence * 10 + tenthsOfAPenny, 3);
        assertThatThrownBy(() -> Money.gbp(amount)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most two decimal places");
    }

    @Property
    void theFormattedAmountReadsBackAsTheSameAmount(@ForAll @LongRange(min = 0, max = MAX_PENCE) long pence) {
        BigDecimal amount = BigDecimal.valueOf(pence, 2);
        String shown = Money.format(amount);
        assertThat(shown).startsWith("£").doesNotContain("-").matches("£\\d{1,3}(,\\d{3})*\\.\\d{2}");
        assertThat(Money.gbp(shown.substring(1).replace(",", ""))).isEqualTo(amount);
    }

    @Property
    void addingAndSubtractingAmountsKeepsTwoDecimalsWithoutRounding(
            @ForAll @LongRange(min = 0, max = MAX_PENCE) long a, @ForAll @LongRange(min = 0, max = MAX_PENCE) long b) {
        BigDecimal x = Money.gbp(BigDecimal.valueOf(a, 2));
        BigDecimal y = Money.gbp(BigDecimal.valueOf(b, 2));
        assertThat(x.add(y).scale()).isEqualTo(2);
        assertThat(x.add(y).subtract(y)).isEqualTo(x);
    }
}
