package org.partnerflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deadlines count whole UK days from the engine's clock, as configured for each kind of staff step. */
class TaskDeadlinesTest {

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void aDeadlineIsTheMidnightAfterTheConfiguredNumberOfUkDays() {
        TaskDeadlines deadlines = new TaskDeadlines(new TaskDeadlineProperties(3, 5, 7, 1, 2));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-27T23:30:00Z"))); // 27 March, before the clocks go forward
        assertThat(deadlines.assessment().toInstant()).isEqualTo("2027-03-30T23:00:00Z"); // 00:00 BST on 31 March
        assertThat(deadlines.decision().toInstant()).isEqualTo("2027-04-01T23:00:00Z");
        assertThat(deadlines.evidenceReview().toInstant()).isEqualTo("2027-04-03T23:00:00Z");
        assertThat(deadlines.releaseProposal().toInstant()).isEqualTo("2027-03-28T23:00:00Z");
        assertThat(deadlines.releaseApproval().toInstant()).isEqualTo("2027-03-29T23:00:00Z");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-06-30T23:30:00Z"))); // already 1 July in the UK
        assertThat(deadlines.releaseProposal().toInstant()).isEqualTo("2027-07-02T23:00:00Z");
    }

    @Test
    void aDeadlineOfNoDaysOrOverAYearIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new TaskDeadlineProperties(0, 14, 10, 10, 10)).hasMessageContaining("1 to 366 days");
        assertThatThrownBy(() -> new TaskDeadlineProperties(14, 14, 10, 10, 400)).hasMessageContaining("1 to 366 days");
    }
}
