package org.partnerflow.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.Awards;
import org.partnerflow.award.MilestoneStatus;
import org.partnerflow.award.PortfolioFacts;
import org.partnerflow.learning.LearningReviewView;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.learning.RatingAggregation;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a programme's portfolio with a fixed number of queries (programme, partnerships, awards, milestones,
 * spend, learning reviews), whatever the number of partnerships; one read model serves the page and the API.
 */
@Service
public class PortfolioReadModel {

    private static final Set<AwardStatus> CURRENT = Set.of(AwardStatus.ACTIVE, AwardStatus.CLOSED, AwardStatus.OFFERED,
            AwardStatus.UNDER_ASSESSMENT, AwardStatus.PROPOSED, AwardStatus.CHANGES_REQUESTED);

    private final Programmes programmes;
    private final Partnerships partnerships;
    private final Awards awards;
    private final PortfolioFacts facts;
    private final LearningReviews reviews;
    private final Clock clock;

    PortfolioReadModel(Programmes programmes, Partnerships partnerships, Awards awards, PortfolioFacts facts,
            LearningReviews reviews, Clock clock) {
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.awards = awards;
        this.facts = facts;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Portfolio of(long programmeId, PartnerflowUser user) {
        ProgrammeView programme = programmes.get(programmeId, user);
        List<PartnershipView> members = partnerships.visibleTo(user, programmeId);
        Map<Long, AwardView> current = awards.visibleTo(user, programmeId, null, null).stream()
                .filter(a -> CURRENT.contains(a.status()))
                .collect(Collectors.toMap(AwardView::partnershipId, Function.identity(), (newer, older) -> newer));
        List<Long> awardIds = current.values().stream().map(AwardView::id).toList();
        Map<Long, List<PortfolioFacts.MilestoneState>> milestones = facts.milestones(awardIds);
        Map<Long, BigDecimal> spent = facts.spent(awardIds);
        Map<Long, LearningReviewView> latestReview = new HashMap<>();
        for (LearningReviewView review : reviews.signedOff(members.stream().map(PartnershipView::id).toList())) {
            latestReview.put(review.partnershipId(), review); // oldest first: the last one stays
        }
        LocalDate today = LocalDate.now(clock);
        List<Portfolio.Row> rows = members.stream().sorted(Comparator.comparing(PartnershipView::place)).map(p -> {
            AwardView award = current.get(p.id());
            LearningReviewView review = latestReview.get(p.id());
            BigDecimal health = review == null ? null : RatingAggregation.average(review.ratings());
            if (award == null) {
                return new Portfolio.Row(p.id(), p.name(), null, null, null, null, null, null,
                        new Portfolio.Milestones(0, 0, 0, 0), review == null ? null : review.dueOn(), health, null);
            }
            Portfolio.Milestones counts = count(milestones.getOrDefault(award.id(), List.of()), today);
            RagRules.Rag rag = award.status() == AwardStatus.ACTIVE
                    ? RagRules.of(counts.overdue(), counts.dueSoon(), health, review == null ? null : review.dueOn(),
                            award.startDate(), programme.learningReviewCadenceMonths(), today)
                    : null;
            return new Portfolio.Row(p.id(), p.name(), award.id(), award.reference(), award.status().name(),
                    award.amountAwarded(), award.amountReleased(), spent.getOrDefault(award.id(), zero()), counts,
                    review == null ? null : review.dueOn(), health, rag);
        }).toList();
        BigDecimal released = rows.stream().map(Portfolio.Row::amountReleased).filter(a -> a != null)
                .reduce(zero(), BigDecimal::add);
        BigDecimal spentTotal = rows.stream().map(Portfolio.Row::amountSpent).filter(a -> a != null)
                .reduce(zero(), BigDecimal::add);
        return new Portfolio(new Portfolio.ProgrammeRef(programme.id(), programme.title()),
                new Portfolio.Totals(programme.totalBudget(), programme.awarded(), released, spentTotal,
                        programme.remainingBudget()), rows);
    }

    static Portfolio.Milestones count(List<PortfolioFacts.MilestoneState> states, LocalDate today) {
        int approved = 0;
        int onTrack = 0;
        int dueSoon = 0;
        int overdue = 0;
        for (PortfolioFacts.MilestoneState m : states) {
            if (m.status() == MilestoneStatus.APPROVED) {
                approved++;
            } else if (m.status() == MilestoneStatus.SUBMITTED) {
                onTrack++; // evidence is in; it waits for the programme manager, not the partnership
            } else if (m.status() == MilestoneStatus.OVERDUE || m.dueDate().isBefore(today)) {
                overdue++;
            } else if (!m.dueDate().isAfter(today.plusDays(30))) {
                dueSoon++;
            } else {
                onTrack++;
            }
        }
        return new Portfolio.Milestones(approved, onTrack, dueSoon, overdue);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
