package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue milestones of active awards: the total rides along with the first rows (a window count), so it must
 * still count every overdue milestone when only one is listed, as a plain count does. Two more overdue milestones
 * are added to an active demo award inside the test's transaction, which is rolled back.
 */
@DemoAppTest
class OverdueMilestonesTest {

    @Autowired OverdueMilestones overdue;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    @Transactional
    void theTotalCountsEveryOverdueMilestoneHoweverFewAreListed() {
        LocalDate today = LocalDate.now(clock);
        Long award = jdbc.queryForObject("select min(id) from award where status = 'ACTIVE'", Long.class);
        for (int sequence : new int[] {98, 99}) {
            jdbc.update("insert into milestone (award_id, sequence, title, due_date, status, evidence_expected, version) "
                    + "values (?, ?, ?, ?, 'PLANNED', 'A report', 0)", award, sequence, "Extra milestone " + sequence,
                    today.minusDays(sequence));
        }
        long counted = jdbc.queryForObject("""
                select count(*) from milestone m join award a on a.id = m.award_id
                where a.status = 'ACTIVE' and (m.status = 'OVERDUE'
                  or (m.status in ('PLANNED', 'CHANGES_REQUESTED') and m.due_date < ?))""", Long.class, today);
        assertThat(counted).as("the demo data has overdue milestones to count").isGreaterThanOrEqualTo(3);

        OverdueMilestones.Worst one = overdue.ofActiveAwards(null, today, 1);
        OverdueMilestones.Worst all = overdue.ofActiveAwards(null, today, 1000);

        assertThat(one.first()).hasSize(1);
        assertThat(one.total()).isEqualTo(counted);
        assertThat(all.total()).isEqualTo(counted);
        assertThat(all.first()).hasSize((int) counted);
        assertThat(overdue.ofActiveAwards(null, today, 0).total()).isEqualTo(counted);
        assertThat(one.first().get(0)).isEqualTo(all.first().get(0)); // the most overdue first
    }
}
