package org.partnerflow.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.learning.LearningReviewDate;
import org.partnerflow.learning.LearningReviewStatus;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.outcome.OutcomeReportDates;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.Formats;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Component;

/**
 * The deadlines a user may see, read from the modules that own them, as the dashboards scope them (staff every
 * partnership, a partner only their own): milestones, learning reviews and outcome reports of active awards not yet
 * done, offers waiting for an answer, and the user's tasks with a due date. A fixed number of queries, however many
 * awards: one per kind of deadline, each for all the awards at once.
 */
@Component
public class DeadlineReader {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final AwardQueries awards;
    private final AwardPlans plans;
    private final LearningReviews reviews;
    private final OutcomeReportDates reports;
    private final TaskList tasks;
    private final Formats formats;

    DeadlineReader(AwardQueries awards, AwardPlans plans, LearningReviews reviews, OutcomeReportDates reports,
            TaskList tasks, Formats formats) {
        this.awards = awards;
        this.plans = plans;
        this.reviews = reviews;
        this.reports = reports;
        this.tasks = tasks;
        this.formats = formats;
    }

    /** Every deadline the user may see, soonest first; texts in the service's default language. */
    public List<CalendarEvent> of(PartnerflowUser user) {
        Map<Long, AwardView> active = awards.visibleTo(user, null, null, AwardStatus.ACTIVE).stream()
                .collect(Collectors.toMap(AwardView::id, Function.identity()));
        Map<Long, String> names = active.values().stream()
                .collect(Collectors.toMap(AwardView::partnershipId, AwardView::partnershipName, (a, b) -> a));
        Set<Long> partnerships = names.keySet();
        List<CalendarEvent> events = new ArrayList<>();
        plans.milestones(active.keySet()).values().stream().flatMap(List::stream)
                .filter(m -> m.status().isOpen())
                .forEach(m -> {
                    AwardView award = active.get(m.awardId());
                    events.add(new CalendarEvent("milestone-" + m.id() + "@partnerflow", m.dueDate(),
                            text("calendar.event.milestone", m.title()),
                            text("calendar.event.milestone.about", award.partnershipName(), award.reference()),
                            "/milestones/" + m.id()));
                });
        reviews.datesOf(partnerships).stream()
                .filter(r -> active.containsKey(r.awardId()) && !r.status().isFinished())
                .forEach(r -> events.add(review(r, names.get(r.partnershipId()))));
        reports.notApprovedOf(partnerships).stream().filter(r -> active.containsKey(r.awardId()))
                .forEach(r -> events.add(new CalendarEvent("outcome-report-" + r.id() + "@partnerflow", r.dueOn(),
                        text("calendar.event.outcomeReport", names.get(r.partnershipId())),
                        text("calendar.event.outcomeReport.about", formats.date(r.periodEnd())),
                        "/partnerships/" + r.partnershipId() + "/outcomes")));
        awards.openOffers(user).forEach(o -> events.add(new CalendarEvent("offer-" + o.awardId() + "@partnerflow",
                o.expiresAt().atZone(UK).toLocalDate(), text("calendar.event.offer", o.reference()),
                text("calendar.event.offer.about", o.partnershipName(), formats.dateTime(o.expiresAt())),
                "/awards/" + o.awardId())));
        tasks.visibleTo(user, new TaskFilter(null, null, false, 0, TaskFilter.MAX_SIZE)).stream()
                .filter(t -> t.due() != null).forEach(t -> events.add(task(t, names)));
        events.sort(Comparator.comparing(CalendarEvent::day).thenComparing(CalendarEvent::uid));
        return List.copyOf(events);
    }

    private CalendarEvent review(LearningReviewDate r, String partnership) {
        return new CalendarEvent("learning-review-" + r.id() + "@partnerflow", r.dueOn(),
                text("calendar.event.learningReview", partnership),
                text("calendar.event.learningReview.about", partnership),
                "/partnerships/" + r.partnershipId() + "/learning");
    }

    private CalendarEvent task(WorkItem t, Map<Long, String> names) {
        String partnership = t.partnershipId() == null ? null : names.get(t.partnershipId());
        return new CalendarEvent("task-" + t.id() + "@partnerflow", dueDay(t.due()),
                text("calendar.event.task", t.name()),
                partnership == null ? text("calendar.event.task.about") 
                        : text("calendar.event.task.aboutPartnership", partnership),
                "/tasks/" + t.id());
    }

    /** A deadline at midnight UK time is the end of the day before, as the task pages show it. */
    static LocalDate dueDay(Instant due) {
        ZonedDateTime uk = due.atZone(UK);
        return uk.toLocalTime().equals(LocalTime.MIDNIGHT) ? uk.toLocalDate().minusDays(1) : uk.toLocalDate();
    }

    private String text(String key, Object... args) {
        return formats.defaultText(key, args);
    }
}
