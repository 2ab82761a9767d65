package org.partnerflow.dashboard;

import org.partnerflow.infrastructure.readcache.ReadCache;
import java.util.Arrays;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.milestone.MilestoneStatus;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.casestudy.CaseStudies;
import org.partnerflow.casestudy.CaseStudySummary;
import org.partnerflow.learning.LearningReviewDate;
import org.partnerflow.learning.LearningReviewStatus;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Service;

/**
 * Builds the partner home for the partnerships a partner belongs to. Awards, milestones, tranches, spend, learning
 * reviews and case studies are each read in one query for all those partnerships, so the number of queries does not
 * grow with milestones or reviews; tasks are three task-list queries per partnership (usually one).
 */
@Service
public class PartnerHomeReadModel {

    /** How many tasks, milestones and learning reviews a partnership's part lists. */
    public static final int MOST_URGENT = 5;

    private final Partnerships partnerships;
    private final CurrentAwardsReader awards;
    private final LearningReviews reviews;
    private final CaseStudies caseStudies;
    private final TaskList tasks;
    private final Clock clock;
    private final ReadCache cache;

    PartnerHomeReadModel(Partnerships partnerships, CurrentAwardsReader awards, LearningReviews reviews,
            CaseStudies caseStudies, TaskList tasks, Clock clock, ReadCache cache) {
        this.cache = cache;
        this.partnerships = partnerships;
        this.awards = awards;
        this.reviews = reviews;
        this.caseStudies = caseStudies;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * The home of every partnership the user belongs to, or of one of them; a partnership the user does not belong
     * to is not found, whether it exists or not (404 leaks nothing). Staff belong to none, so theirs is empty.
     */
    public PartnerHome of(PartnerflowUser user, Long partnershipId) {
        if (partnershipId != null && !user.partnershipIds().contains(partnershipId)) {
            throw new NotFoundException("Partnership", partnershipId);
        }
        return cache.read("partner-home", Arrays.asList(user.accessKey(), partnershipId),
                () -> read(user, partnershipId));
    }

    private PartnerHome read(PartnerflowUser user, Long partnershipId) {
        Set<Long> ids = partnershipId != null ? Set.of(partnershipId) : user.partnershipIds();
        if (ids.isEmpty()) {
            return new PartnerHome(List.of());
        }
        List<PartnershipView> ours = partnerships.visibleTo(user, null).stream().filter(p -> ids.contains(p.id()))
                .sorted(Comparator.comparing(PartnershipView::name)).toList();
        CurrentAwardsReader.CurrentAwards awarded = awards.of(user, ids);
        Map<Long, AwardView> current = awarded.byPartnership();
        Map<Long, List<AwardPlans.PlannedMilestone>> milestones = awarded.milestones();
        Map<Long, List<AwardPlans.PlannedTranche>> tranches = awarded.tranches();
        Map<Long, BigDecimal> spent = awarded.spent();
        Map<Long, List<LearningReviewDate>> reviewDates = reviews.datesOf(ids).stream()
                .collect(Collectors.groupingBy(LearningReviewDate::partnershipId));
        Map<Long, CaseStudySummary> studies = caseStudies.publishedOf(ids).stream()
                .collect(Collectors.toMap(CaseStudySummary::partnershipId, Function.identity(), (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        return new PartnerHome(ours.stream().map(p -> {
            AwardView award = current.get(p.id());
            // A terminated award's milestones are no longer due: it only waits for its final report.
            List<AwardPlans.PlannedMilestone> plan = award == null || award.status() == AwardStatus.TERMINATED
                    ? List.of() : milestones.getOrDefault(award.id(), List.of());
            List<AwardPlans.PlannedTranche> paid = award == null ? List.of()
                    : tranches.getOrDefault(award.id(), List.of());
            List<LearningReviewDate> series = reviewDates.getOrDefault(p.id(), List.of());
            CaseStudySummary study = studies.get(p.id());
            return new PartnerHome.Section(
                    new PartnerHome.PartnershipRef(p.id(), p.name(), p.programmeId(), p.programmeTitle()),
                    tasks(user, p.id()), nextMilestones(plan, paid, today), nextReviews(series),
                    lastSignedOff(series),
                    award == null ? null : grant(award, plan, paid, spent.getOrDefault(award.id(), zero())),
                    study == null ? null : new PartnerHome.CaseStudyRef(study.slug(), study.title(), study.version(),
                            study.publishedOn()));
        }).toList());
    }

    /** The task list's own order (overdue, then soonest, then undated by age): its first page is the most urgent. */
    private PartnerHome.Tasks tasks(PartnerflowUser user, long partnershipId) {
        List<WorkItem> urgent = tasks.visibleTo(user, new TaskFilter(null, partnershipId, false, 0, MOST_URGENT));
        if (urgent.isEmpty()) {
            return new PartnerHome.Tasks(0, 0, List.of());
        }
        long open = urgent.size() < MOST_URGENT ? urgent.size()
                : tasks.countVisibleTo(user, new TaskFilter(null, partnershipId, false, 0, 1));
        long overdue = tasks.countVisibleTo(user, new TaskFilter(null, partnershipId, true, 0, 1));
        Instant now = clock.instant();
        return new PartnerHome.Tasks(open, overdue, urgent.stream().map(t -> new PartnerHome.TaskLine(t.id(),
                t.name(), t.taskDefinitionKey(), t.due(), t.isOverdue(now), milestoneOf(t), reviewDueOn(t))).toList());
    }

    /** milestoneDelivery's business key is its milestone's id. */
    private static Long milestoneOf(WorkItem task) {
        return "milestoneDelivery".equals(task.processDefinitionKey()) && task.businessKey() != null
                && task.businessKey().matches("\\d{1,18}") ? Long.valueOf(task.businessKey()) : null;
    }

    /** learningReview's business key ends with the review's due date: {@code <awardId>-<yyyy-mm-dd>}. */
    private static LocalDate reviewDueOn(WorkItem task) {
        String key = task.businessKey();
        return "learningReview".equals(task.processDefinitionKey()) && key != null
                && key.matches(".*-\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(key.substring(key.length() - 10)) : null;
    }

    static List<PartnerHome.NextMilestone> nextMilestones(List<AwardPlans.PlannedMilestone> plan,
            List<AwardPlans.PlannedTranche> tranches, LocalDate today) {
        Map<Long, BigDecimal> trancheOf = tranches.stream().filter(t -> t.milestoneId() != null)
                .collect(Collectors.toMap(AwardPlans.PlannedTranche::milestoneId, AwardPlans.PlannedTranche::amount,
                        (a, b) -> a));
        return plan.stream().filter(m -> m.status().isOpen())
                .sorted(Comparator.comparing(AwardPlans.PlannedMilestone::dueDate)
                        .thenComparing(AwardPlans.PlannedMilestone::sequence))
                .limit(MOST_URGENT)
                .map(m -> new PartnerHome.NextMilestone(m.id(), m.title(), m.dueDate(), m.status(),
                        trancheOf.get(m.id()), ChronoUnit.DAYS.between(today, m.dueDate()),
                        // evidence that is in waits for the programme manager, not the partnership (as the portfolio counts)
                        m.status() == MilestoneStatus.OVERDUE
                                || (m.status() != MilestoneStatus.SUBMITTED && m.dueDate().isBefore(today))))
                .toList();
    }

    private static List<PartnerHome.Review> nextReviews(List<LearningReviewDate> series) {
        return series.stream().filter(r -> !r.status().isFinished()).limit(MOST_URGENT)
                .map(PartnerHomeReadModel::review).toList();
    }

    private static PartnerHome.Review lastSignedOff(List<LearningReviewDate> series) {
        return series.stream().filter(r -> r.status() == LearningReviewStatus.SIGNED_OFF)
                .reduce((earlier, later) -> later).map(PartnerHomeReadModel::review).orElse(null);
    }

    private static PartnerHome.Review review(LearningReviewDate r) {
        return new PartnerHome.Review(r.id(), r.dueOn(), r.status(), r.signedOffOn());
    }

    static PartnerHome.Grant grant(AwardView award, List<AwardPlans.PlannedMilestone> plan,
            List<AwardPlans.PlannedTranche> tranches, BigDecimal spent) {
        Map<Long, String> titles = plan.stream().collect(Collectors.toMap(AwardPlans.PlannedMilestone::id,
                AwardPlans.PlannedMilestone::title));
        PartnerHome.NextTranche next = tranches.stream().filter(t -> t.status() != TrancheStatus.RELEASED)
                .min(Comparator.comparing(AwardPlans.PlannedTranche::plannedDate)
                        .thenComparing(AwardPlans.PlannedTranche::sequence))
                .map(t -> new PartnerHome.NextTranche(t.id(), t.amount(), t.plannedDate(), t.status(), t.milestoneId(),
                        t.milestoneId() == null ? null : titles.get(t.milestoneId())))
                .orElse(null);
        return new PartnerHome.Grant(award.id(), award.reference(), award.status(), award.amountAwarded(),
                award.amountReleased(), spent, award.amountAwarded() == null ? null
                        : award.amountAwarded().subtract(award.amountReleased()), next);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
