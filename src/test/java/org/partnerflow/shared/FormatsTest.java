package org.partnerflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Pages write dates the way a programme office reads them. */
class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void aTaskDueAtMidnightIsDueByTheEndOfTheDayBefore() {
        // Evidence due on 30 September 2027 is late from 00:00 on 1 October, UK summer time (23:00 UTC).
        assertThat(fmt.dueDay(Instant.parse("2027-09-30T23:00:00Z"))).isEqualTo("30 September 2027");
        assertThat(fmt.dueDay(Instant.parse("2027-12-01T00:00:00Z"))).isEqualTo("30 November 2027");
        assertThat(fmt.dueDay(Instant.parse("2027-10-01T09:30:00Z"))).isEqualTo("1 October 2027");
        assertThat(fmt.dueDay(null)).isEmpty();
    }
}
