package org.partnerflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.infrastructure.engine.TeamWorkload;

/** The manager dashboard's sums without Spring: ages, medians, the 90-day windows. */
class ManagerDashboardFiguresTest {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final Instant NOW = LocalDate.of(2027, 6, 15).atTime(12, 0).atZone(UK).toInstant();

    @Test
    void kindsWithMostOpenTasksComeFirstAndTheirAgesAddUp() {
        List<TeamWorkload.KindCount> kinds = List.of(
                new TeamWorkload.KindCount("triageUpdateRequest", "Triage update request", 0, 0, 1,
                        NOW.minus(Duration.ofDays(45)).minusSeconds(60)),
                new TeamWorkload.KindCount("reviewMilestoneEvidence", "Review milestone evidence", 2, 2, 1,
                        NOW.minus(Duration.ofDays(31)).minusSeconds(60)));
        ManagerDashboard.OpenTasks open = TeamFigures.openTasks(kinds, NOW);
        assertThat(open.total()).isEqualTo(6);
        assertThat(open.byAge()).isEqualTo(new ManagerDashboard.AgeCounts(2, 2, 2));
        assertThat(open.byType()).extracting(ManagerDashboard.TaskTypeRow::taskDefinitionKey)
                .containsExactly("reviewMilestoneEvidence", "triageUpdateRequest");
        ManagerDashboard.TaskTypeRow reviews = open.byType().get(0);
        assertThat(reviews.total()).isEqualTo(5);
        assertThat(reviews.byAge()).isEqualTo(new ManagerDashboard.AgeCounts(2, 2, 1));
        assertThat(reviews.oldestAgeDays()).isEqualTo(31);
        assertThat(open.byType().get(1).oldestAgeDays()).isEqualTo(45);
    }

    @Test
    void awardsEndingWithin90DaysOfTheClocksTodayAreListedSoonestFirst() {
        LocalDate today = LocalDate.now(Clock.fixed(NOW, UK));
        List<AwardView> awards = List.of(award(1, AwardStatus.ACTIVE, today.plusDays(90)),
                award(2, AwardStatus.ACTIVE, today.plusDays(91)), award(3, AwardStatus.ACTIVE, today.minusDays(1)),
                award(4, AwardStatus.ACTIVE, today), award(5, AwardStatus.CLOSED, today.plusDays(10)),
                award(6, AwardStatus.OFFERED, today.plusDays(10)));
        List<ManagerDashboard.EndingAward> ending = TeamFigures.endingSoon(awards, today);
        assertThat(ending).extracting(ManagerDashboard.EndingAward::awardId).containsExactly(4L, 1L);
        assertThat(ending).extracting(ManagerDashboard.EndingAward::daysLeft).containsExactly(0L, 90L);
    }

    @Test
    void aDeadlineAtMidnightFallsOnTheDayBefore() {
        Clock clock = Clock.fixed(NOW, UK);
        assertThat(ManagerDashboardReadModel.dueDay(LocalDate.of(2027, 6, 1).atStartOfDay(UK).toInstant(), clock))
                .isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(ManagerDashboardReadModel.dueDay(LocalDate.of(2027, 6, 1).atTime(17, 0).atZone(UK).toInstant(), clock))
                .isEqualTo(LocalDate.of(2027, 6, 1));
    }

    private static AwardView award(long id, AwardStatus status, LocalDate end) {
        return new AwardView(id, "360G-PF-T-" + id, 1L, id, "Partnership " + id, status, BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.ZERO, end.minusMonths(24).plusDays(1), end, null);
    }
}
