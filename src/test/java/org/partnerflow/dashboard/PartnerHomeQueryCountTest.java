package org.partnerflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The partner home reads with a fixed number of JPA queries, not one per milestone, tranche or review. */
@DemoAppTest
class PartnerHomeQueryCountTest {

    @Autowired PartnerHomeReadModel homes;
    @Autowired UserDetailsService users;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void coventrysHomeTakesNoMoreQueriesThanAPartnershipWithoutMilestonesOrReviews() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        PartnerflowUser coventry = (PartnerflowUser) users.loadUserByUsername("partner.coventry");
        PartnerflowUser plymouth = (PartnerflowUser) users.loadUserByUsername("partner.plymouth");
        homes.of(coventry, null); // warm up
        statistics.setStatisticsEnabled(true);
        try {
            long withPlan = statements(statistics, coventry);
            long withoutPlan = statements(statistics, plymouth);
            PartnerHome.Section section = homes.of(coventry, null).partnerships().get(0);
            assertThat(section.nextMilestones()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(section.nextLearningReviews()).hasSizeGreaterThanOrEqualTo(2);
            // Plymouth's award has no milestones and no reviews yet; Coventry has three milestones, three tranches and
            // six reviews, so a look-up per row would add at least three. The slack of two is for statements other
            // threads (the job executor) may run meanwhile, as statistics are global.
            assertThat(withPlan).isLessThanOrEqualTo(withoutPlan + 2);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private long statements(Statistics statistics, PartnerflowUser user) {
        statistics.clear();
        homes.of(user, null);
        return statistics.getPrepareStatementCount();
    }
}
