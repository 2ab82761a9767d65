package org.partnerflow.dashboard;

import org.partnerflow.infrastructure.readcache.ReadCache;
import java.util.Arrays;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.milestone.MilestoneStatus;
import org.partnerflow.award.PortfolioMoney;
import org.partnerflow.milestone.PortfolioFacts;
import org.partnerflow.learning.LearningReviewView;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.learning.RatingAggregation;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a programme's portfolio with a fixed number of queries (programme, partnerships, awards, milestones,
 * spend, learning reviews, and the totals and funds summed in SQL), whatever the number of partnerships; an
 * unfiltered page reads only its own partnerships. One read model serves the page, the API and the CSV.
 */
@Service
public class PortfolioReadModel {

    /** Awards whose money the programme has committed: their tranches make up the payment plan. */
    private static final Set<AwardStatus> COMMITTED = Set.of(AwardStatus.OFFERED, AwardStatus.ACTIVE,
            AwardStatus.SUSPENDED, AwardStatus.CLOSED, AwardStatus.TERMINATED);

    private static final Set<AwardStatus> CURRENT = Set.of(AwardStatus.ACTIVE, AwardStatus.SUSPENDED, AwardStatus.CLOSED,
            AwardStatus.TERMINATED, AwardStatus.OFFERED, AwardStatus.UNDER_ASSESSMENT, AwardStatus.PROPOSED,
            AwardStatus.CHANGES_REQUESTED);

    private final Programmes programmes;
    private final Partnerships partnerships;
    private final AwardQueries awards;
    private final PortfolioFacts facts;
    private final PortfolioMoney money;
    private final LearningReviews reviews;
    private final Clock clock;
    private final ReadCache cache;

    PortfolioReadModel(Programmes programmes, Partnerships partnerships, AwardQueries awards, PortfolioFacts facts,
            PortfolioMoney money, LearningReviews reviews, Clock clock, ReadCache cache) {
        this.cache = cache;
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.awards = awards;
        this.facts = facts;
        this.money = money;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Rows on a page unless the caller asks for another size. */
    public static final int DEFAULT_PAGE_SIZE = 25;

    /** The whole portfolio, every row: for the CSV and for callers that need all partnerships. */
    @Transactional(readOnly = true)
    public Portfolio of(long programmeId, PartnerflowUser user) {
        return all(programmeId, Portfolio.Filter.none(), user);
    }

    /** Every row the filter admits, on one page. */
    @Transactional(readOnly = true)
    public Portfolio all(long programmeId, Portfolio.Filter filter, PartnerflowUser user) {
        ProgrammeView programme = programmes.get(programmeId, user);
        Slice slice = filtered(programme, filter, user);
        return portfolio(programme, filter, slice, new Portfolio.Paging(0, Math.max(1, slice.rows().size()),
                slice.rows().size()));
    }

    /**
     * One page of rows (pages count from 0). Unfiltered, only the page's partnerships are read, so the cost of a
     * page does not grow with the programme; the totals and the funds by month are summed in SQL. A RAG or status
     * filter needs every row's standing first, so it reads the whole programme and then pages.
     */
    public Portfolio of(long programmeId, Portfolio.Filter filter, int page, int size, PartnerflowUser user) {
        Paging.check(page, size);
        return cache.read("portfolio", Arrays.asList(programmeId, filter, page, size, user.readScope()),
                () -> page(programmeId, filter, page, size, user));
    }

    private Portfolio page(long programmeId, Portfolio.Filter filter, int page, int size, PartnerflowUser user) {
        ProgrammeView programme = programmes.get(programmeId, user);
        if (filter.isNone()) {
            Partnerships.NamePage names = partnerships.namesVisibleTo(user, programmeId, page, size);
            return portfolio(programme, filter, rows(programme, names.names(), user),
                    new Portfolio.Paging(page, size, names.total()));
        }
        Slice all = filtered(programme, filter, user);
        List<Portfolio.Row> shown = all.rows().stream().skip((long) page * size).limit(size).toList();
        return portfolio(programme, filter, new Slice(shown, all.milestones()),
                new Portfolio.Paging(page, size, all.rows().size()));
    }

    private Slice filtered(ProgrammeView programme, Portfolio.Filter filter, PartnerflowUser user) {
        Slice all = rows(programme, partnerships.namesVisibleTo(user, programme.id()), user);
        return new Slice(all.rows().stream().filter(filter::admits).toList(), all.milestones());
    }

    private Portfolio portfolio(ProgrammeView programme, Portfolio.Filter filter, Slice slice, Portfolio.Paging paging) {
        PortfolioMoney.MoneyTotals totals = money.totals(programme.id(), CURRENT);
        return new Portfolio(new Portfolio.ProgrammeRef(programme.id(), programme.title()), filter,
                new Portfolio.Totals(programme.totalBudget(), totals.awarded(), totals.offered(), totals.released(),
                        totals.spent(), programme.totalBudget().subtract(totals.awarded()).subtract(totals.offered())),
                slice.rows(), PortfolioSeries.funds(money.fundsByMonth(programme.id(), COMMITTED)),
                PortfolioSeries.timeline(slice.rows(), slice.milestones(), LocalDate.now(clock)), paging);
    }

    /** Rows and their milestones. */
    private record Slice(List<Portfolio.Row> rows, Map<Long, List<PortfolioFacts.MilestoneState>> milestones) {
    }

    /** The rows of the given partnerships (id to name, in the order to show), with a fixed number of statements. */
    private Slice rows(ProgrammeView programme, Map<Long, String> names, PartnerflowUser user) {
        List<Long> ids = List.copyOf(names.keySet());
        Map<Long, AwardView> current = awards.ofPartnerships(user, ids, CURRENT).stream()
                .collect(Collectors.toMap(AwardView::partnershipId, Function.identity(), (newer, older) -> newer));
        List<Long> awardIds = current.values().stream().map(AwardView::id).toList();
        Map<Long, List<PortfolioFacts.MilestoneState>> milestones = facts.milestones(awardIds);
        Map<Long, BigDecimal> spent = money.spent(awardIds);
        Map<Long, LearningReviewView> latestReview = new HashMap<>();
        for (LearningReviewView review : ids.isEmpty() ? List.<LearningReviewView>of() : reviews.signedOff(ids)) {
            latestReview.put(review.partnershipId(), review); // oldest first: the last one stays
        }
        LocalDate today = LocalDate.now(clock);
        List<Portfolio.Row> rows = names.entrySet().stream().map(p -> {
            AwardView award = current.get(p.getKey());
            LearningReviewView review = latestReview.get(p.getKey());
            BigDecimal health = review == null ? null : RatingAggregation.average(review.ratings());
            if (award == null) {
                return new Portfolio.Row(p.getKey(), p.getValue(), null, null, null, null, null, null,
                        new Portfolio.Milestones(0, 0, 0, 0), review == null ? null : review.dueOn(), health, null);
            }
            Portfolio.Milestones counts = count(milestones.getOrDefault(award.id(), List.of()), today);
            RagRules.Rag rag = award.status() == AwardStatus.ACTIVE
                    ? RagRules.of(counts.overdue(), counts.dueSoon(), health, review == null ? null : review.dueOn(),
                            award.startDate(), programme.learningReviewCadenceMonths(), today)
                    : null;
            return new Portfolio.Row(p.getKey(), p.getValue(), award.id(), award.reference(), award.status().name(),
                    award.amountAwarded(), award.amountReleased(), spent.getOrDefault(award.id(), zero()), counts,
                    review == null ? null : review.dueOn(), health, rag);
        }).toList();
        return new Slice(rows, milestones);
    }

    static Portfolio.Milestones count(List<PortfolioFacts.MilestoneState> states, LocalDate today) {
        int approved = 0;
        int onTrack = 0;
        int dueSoon = 0;
        int overdue = 0;
        for (PortfolioFacts.MilestoneState m : states) {
            switch (standing(m, today)) {
                case APPROVED -> approved++;
                case OVERDUE -> overdue++;
                case DUE_SOON -> dueSoon++;
                default -> onTrack++; // submitted evidence waits for the programme manager, not the partnership
            }
        }
        return new Portfolio.Milestones(approved, onTrack, dueSoon, overdue);
    }

    static Portfolio.Standing standing(PortfolioFacts.MilestoneState m, LocalDate today) {
        if (m.status() == MilestoneStatus.APPROVED) {
            return Portfolio.Standing.APPROVED;
        }
        if (m.status() == MilestoneStatus.SUBMITTED) {
            return Portfolio.Standing.SUBMITTED;
        }
        if (m.status() == MilestoneStatus.OVERDUE || m.dueDate().isBefore(today)) {
            return Portfolio.Standing.OVERDUE;
        }
        return m.dueDate().isAfter(today.plusDays(30)) ? Portfolio.Standing.PLANNED : Portfolio.Standing.DUE_SOON;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
