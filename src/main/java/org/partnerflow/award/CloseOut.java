package org.partnerflow.award;

import static org.partnerflow.award.AwardChanges.entry;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.milestone.AwardPlans;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery and close-out: activates an accepted award (its milestones then run, with learning reviews), takes the
 * final report, and closes the award once the programme managers have accepted it (see {@link FinalReportReview}).
 */
@Service
public class CloseOut {

    static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

    private final AwardRepository repository;
    private final AwardPlans plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    CloseOut(AwardRepository repository, AwardPlans plans, ApplicationEventPublisher events, Clock clock,
            AuditTrail audit) {
        this.repository = repository;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** The milestones an active award delivers, when its close-out is due and when its learning reviews are. */
    public record Activation(List<Long> milestoneIds, Date closeOutAt, List<String> learningReviewDates) {
    }

    /** Makes the award ACTIVE and says what runs under it: one delivery per milestone, then close-out. */
    @Transactional
    public Activation activate(long awardId) {
        Award award = repository.require(awardId);
        AwardStatus before = award.getStatus();
        award.activate();
        audit.record(entry(award, "ACTIVATED", "Award active from " + award.getStartDate() + " to " + award.getEndDate(), before));
        events.publishEvent(new AwardActivated(award.getId(), award.getPartnership().getId(),
                award.getProgramme().getId(), award.getStartDate(), award.getEndDate()));
        ZonedDateTime closeOut = award.getEndDate().plusDays(1).atStartOfDay(UK);
        return new Activation(plans.milestoneIds(awardId), Date.from(closeOut.toInstant()),
                LearningCadence.dueDates(award.getStartDate(), award.getEndDate(), // as a variation may have moved it
                        award.getProgramme().getLearningReviewCadenceMonths()).stream().map(Object::toString).toList());
    }

    /** Takes the final report (again, after a return); the programme managers review it next. */
    @Transactional
    public void submitFinalReport(long awardId, FinalReportRequest request, String partner) {
        Award award = repository.require(awardId);
        String summary = request.spendSummary() == null || request.spendSummary().isBlank() ? null
                : request.spendSummary().trim();
        award.recordFinalReport(FinalReport.submitted(award.getFinalReport(), request.report(), summary, partner,
                clock.instant()));
        audit.record(entry(award, "FINAL_REPORT_SUBMITTED", "Final report submitted", null).by(partner));
    }

    /** Closes an award whose final report has been accepted. */
    @Transactional
    public void close(long awardId) {
        Award award = repository.findById(awardId).orElseThrow(
                () -> new org.partnerflow.shared.NotFoundException("Award", awardId));
        AwardStatus before = award.getStatus();
        award.close();
        audit.record(entry(award, "AWARD_CLOSED", "Award closed", before));
    }
}
