package org.partnerflow.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.partnerflow.shared.Csv;

/**
 * The portfolio CSV's cells: no text a spreadsheet would run as a formula, the text itself kept (one leading
 * apostrophe added at most), quoting that a CSV reader undoes, and numbers left as numbers.
 */
class CsvCellPropertiesTest {

    @Property(tries = 2000)
    void textNeverStartsAFormulaAndReadsBackAsWritten(@ForAll("hostileText") String text) {
        String cell = Csv.cell(text);
        String read = unquote(cell);
        assertThat(read).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                .doesNotStartWith("\t").doesNotStartWith("\r");
        assertThat(read.startsWith("'") && !text.startsWith("'") ? read.substring(1) : read).isEqualTo(text);
        if (!cell.startsWith("\"")) {
            assertThat(cell).doesNotContain(",", "\"", "\n", "\r");
        }
    }

    @Property
    void numbersStayNumbersEvenWhenNegative(@ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long pence) {
        BigDecimal amount = BigDecimal.valueOf(pence, 2);
        assertThat(Csv.cell(amount)).isEqualTo(amount.toPlainString());
        assertThat(Csv.cell((int) (pence % 1000))).isEqualTo(String.valueOf((int) (pence % 1000)));
    }

    @Example
    void theClassicInjectionsAreNeutralised() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("Leeds, Yorkshire")).isEqualTo("\"Leeds, Yorkshire\"");
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> start = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "'", "\"", ",", "", "A");
        Arbitrary<String> rest = Arbitraries.strings().withChars("=+-@,\"\n\r\t 'abcAZ09()|!\u202e\u200b")
                .withCharRange('\u00e0', '\u00ff').ofMaxLength(20);
        return net.jqwik.api.Combinators.combine(start, rest).as(String::concat);
    }

    /** What a CSV reader makes of one cell. */
    private static String unquote(String cell) {
        if (cell.startsWith("\"") && cell.endsWith("\"") && cell.length() >= 2) {
            return cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
        }
        return cell;
    }
}
