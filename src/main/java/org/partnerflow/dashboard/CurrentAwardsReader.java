package org.partnerflow.dashboard;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.PortfolioMoney;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Component;

/** For the partner home: each partnership's current award with its milestones, tranches and spend, one query each. */
@Component
class CurrentAwardsReader {

    /** Awards that are the partnership's current one; a rejected or withdrawn award is history. */
    static final Set<AwardStatus> CURRENT = Set.of(AwardStatus.ACTIVE, AwardStatus.SUSPENDED, AwardStatus.CLOSED,
            AwardStatus.TERMINATED, AwardStatus.OFFERED, AwardStatus.UNDER_ASSESSMENT, AwardStatus.PROPOSED,
            AwardStatus.CHANGES_REQUESTED);

    private final AwardQueries awards;
    private final AwardPlans plans;
    private final PortfolioMoney money;

    CurrentAwardsReader(AwardQueries awards, AwardPlans plans, PortfolioMoney money) {
        this.awards = awards;
        this.plans = plans;
        this.money = money;
    }

    /** The current awards of the partnerships given, as far as the user may read them. */
    CurrentAwards of(PartnerflowUser user, Collection<Long> partnershipIds) {
        // newest first: the first award in a current state is the partnership's current award
        Map<Long, AwardView> current = awards.visibleTo(user, null, null, null).stream()
                .filter(a -> partnershipIds.contains(a.partnershipId()) && CURRENT.contains(a.status()))
                .collect(Collectors.toMap(AwardView::partnershipId, Function.identity(), (newer, older) -> newer));
        List<Long> awardIds = current.values().stream().map(AwardView::id).toList();
        return new CurrentAwards(current, plans.milestones(awardIds), plans.tranches(awardIds), money.spent(awardIds));
    }

    /** Current awards by partnership id; milestones, tranches and spend by award id. */
    record CurrentAwards(Map<Long, AwardView> byPartnership, Map<Long, List<AwardPlans.PlannedMilestone>> milestones,
            Map<Long, List<AwardPlans.PlannedTranche>> tranches, Map<Long, BigDecimal> spent) {
    }
}
