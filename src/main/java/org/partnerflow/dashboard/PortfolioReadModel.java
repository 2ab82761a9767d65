package org.partnerflow.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.Awards;
import org.partnerflow.award.MilestoneStatus;
import org.partnerflow.award.PortfolioFacts;
import org.partnerflow.award.TrancheStatus;
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

    /** Awards whose money the programme has committed: their tranches make up the payment plan. */
    private static final Set<AwardStatus> COMMITTED = Set.of(AwardStatus.OFFERED, AwardStatus.ACTIVE, AwardStatus.CLOSED);

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
        return of(programmeId, Portfolio.Filter.none(), user);
    }

    @Transactional(readOnly = true)
    public Portfolio of(long programmeId, Portfolio.Filter filter, PartnerflowUser user) {
        ProgrammeView programme = programmes.get(programmeId, user);
        List<PartnershipView> members = partnerships.visibleTo(user, programmeId);
        Map<Long, AwardView> current = awards.visibleTo(user, programmeId, null, null).stream()
                .filter(a -> CURRENT.contains(a.status()))
                .collect(Collectors.toMap(AwardView::partnershipId, Function.identity(), (newer, older) -> newer));
        List<Long> awardIds = current.values().stream().map(AwardView::id).toList();
        Map<Long, List<PortfolioFacts.MilestoneState>> milestones = facts.milestones(awardIds);
        Map<Long, BigDecimal> spent = facts.spent(awardIds);
        List<Long> committedAwards = current.values().stream().filter(a -> COMMITTED.contains(a.status()))
                .map(AwardView::id).toList();
        List<PortfolioFacts.TrancheState> tranches = facts.tranches(committedAwards);
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
        List<Portfolio.Row> shown = rows.stream().filter(filter::admits).toList();
        return new Portfolio(new Portfolio.ProgrammeRef(programme.id(), programme.title()), filter,
                new Portfolio.Totals(programme.totalBudget(), programme.awarded(), released, spentTotal,
                        programme.remainingBudget()),
                shown, funds(tranches), timeline(shown, milestones, today));
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

    /** Month by month from the first planned or released tranche to the last, with running totals. */
    static List<Portfolio.FundsMonth> funds(List<PortfolioFacts.TrancheState> tranches) {
        Map<YearMonth, BigDecimal> planned = new TreeMap<>();
        Map<YearMonth, BigDecimal> released = new TreeMap<>();
        for (PortfolioFacts.TrancheState t : tranches) {
            planned.merge(YearMonth.from(t.plannedDate()), t.amount(), BigDecimal::add);
            if (t.status() == TrancheStatus.RELEASED && t.releasedOn() != null) {
                released.merge(YearMonth.from(t.releasedOn()), t.amount(), BigDecimal::add);
            }
        }
        TreeSet<YearMonth> months = new TreeSet<>(planned.keySet());
        months.addAll(released.keySet());
        List<Portfolio.FundsMonth> series = new ArrayList<>();
        if (months.isEmpty()) {
            return series;
        }
        BigDecimal plannedToDate = zero();
        BigDecimal releasedToDate = zero();
        for (YearMonth month = months.first(); !month.isAfter(months.last()); month = month.plusMonths(1)) {
            BigDecimal p = planned.getOrDefault(month, zero());
            BigDecimal r = released.getOrDefault(month, zero());
            plannedToDate = plannedToDate.add(p);
            releasedToDate = releasedToDate.add(r);
            series.add(new Portfolio.FundsMonth(month, p, r, plannedToDate, releasedToDate));
        }
        return series;
    }

    /** The shown rows' milestones by calendar quarter, from the earliest due date to the latest. */
    static Portfolio.Timeline timeline(List<Portfolio.Row> rows, Map<Long, List<PortfolioFacts.MilestoneState>> milestones,
            LocalDate today) {
        List<Portfolio.Row> withAwards = rows.stream().filter(r -> r.awardId() != null).toList();
        List<LocalDate> dates = withAwards.stream()
                .flatMap(r -> milestones.getOrDefault(r.awardId(), List.of()).stream())
                .map(PortfolioFacts.MilestoneState::dueDate).sorted().toList();
        if (dates.isEmpty()) {
            return new Portfolio.Timeline(List.of(), List.of());
        }
        LocalDate first = quarterStart(dates.get(0));
        int quarters = quarterIndex(first, dates.get(dates.size() - 1)) + 1;
        List<String> labels = new ArrayList<>();
        for (int q = 0; q < quarters; q++) {
            labels.add(quarterLabel(first.plusMonths(3L * q)));
        }
        List<Portfolio.TimelineRow> timelineRows = new ArrayList<>();
        for (Portfolio.Row row : withAwards) {
            List<List<Portfolio.Mark>> cells = new ArrayList<>();
            for (int q = 0; q < quarters; q++) {
                cells.add(new ArrayList<>());
            }
            for (PortfolioFacts.MilestoneState m : milestones.getOrDefault(row.awardId(), List.of())) {
                cells.get(quarterIndex(first, m.dueDate())).add(new Portfolio.Mark(m.milestoneId(), m.sequence(),
                        m.title(), m.dueDate(), standing(m, today)));
            }
            timelineRows.add(new Portfolio.TimelineRow(row.partnershipId(), row.name(), cells));
        }
        return new Portfolio.Timeline(labels, timelineRows);
    }

    private static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    private static int quarterIndex(LocalDate firstQuarter, LocalDate date) {
        return (int) (ChronoUnit.MONTHS.between(YearMonth.from(firstQuarter), YearMonth.from(quarterStart(date))) / 3);
    }

    /** Jan to Mar 2026: a quarter named by its months, which reads better than Q1 whatever the financial year. */
    private static String quarterLabel(LocalDate start) {
        return start.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " to "
                + start.plusMonths(2).getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + start.getYear();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
