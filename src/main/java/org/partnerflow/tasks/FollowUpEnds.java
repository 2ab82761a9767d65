package org.partnerflow.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.security.Role;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.Notification;
import org.partnerflow.shared.Notifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an overdue follow-up task ends without a programme manager: by itself when what it waited for arrives, or
 * escalated once to the funders when it is left past its own due date. Both are kept as follow-up rows.
 */
@Service
public class FollowUpEnds {

    static final String SYSTEM = "Partnerflow";

    private final FollowUpRepository followUps;
    private final Clock clock;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final Formats formats;
    private final AwardReferences awards;

    FollowUpEnds(FollowUpRepository followUps, Clock clock, AuditTrail audit, Notifier notifier, Formats formats,
            AwardReferences awards) {
        this.awards = awards;
        this.followUps = followUps;
        this.clock = clock;
        this.audit = audit;
        this.notifier = notifier;
        this.formats = formats;
    }

    /** Records that the follow-up ended because what it waited for arrived. */
    @Transactional
    public void ended(FollowUpSubject subject, LocalDate dueOn) {
        Instant now = clock.instant();
        String note = formats.defaultText("followUp.ended." + subject.kind());
        followUps.save(new FollowUp(subject, FollowUp.Action.ENDED, note, SYSTEM, now, dueOn, now));
        audit.record(entry(subject, "FOLLOW_UP_ENDED", note));
    }

    /** Records the escalation and tells the funders, once per follow-up (the mail key drops a repeat). */
    @Transactional
    public void escalated(FollowUpSubject subject, LocalDate dueOn) {
        String due = dueOn == null ? "" : formats.date(dueOn);
        String note = formats.defaultText("followUp.escalated." + subject.kind(), due);
        followUps.save(new FollowUp(subject, FollowUp.Action.ESCALATED, note, SYSTEM, clock.instant(), dueOn, null));
        audit.record(entry(subject, "FOLLOW_UP_ESCALATED", note));
        notifier.send(new Notification(Role.FUNDER.group(),
                formats.defaultText("mail.followUpEscalated.subject"), note + "\n\n"
                        + formats.defaultText("mail.followUpEscalated.body." + subject.kind(),
                                awards.referenceOf(subject.awardId())),
                "follow-up-" + subject.kind() + "-" + subject.id() + "-escalated-" + dueOn));
    }

    private static AuditEntry entry(FollowUpSubject subject, String action, String summary) {
        AuditSubject of = switch (subject.kind()) {
            case MILESTONE -> AuditSubject.MILESTONE;
            case LEARNING_REVIEW -> AuditSubject.LEARNING_REVIEW;
            case OUTCOME_REPORT -> AuditSubject.AWARD;
        };
        long id = subject.kind() == FollowUp.Kind.OUTCOME_REPORT ? subject.awardId() : subject.id();
        return AuditEntry.of(of, id, action, summary).award(subject.awardId(), subject.partnershipId()).by(SYSTEM);
    }
}
