package org.partnerflow.tasks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.partnerflow.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records follow-ups of overdue work and reads a subject's follow-ups back, for every module that has them. */
@Service
public class FollowUps {

    private final FollowUpRepository followUps;
    private final Clock clock;
    private final AuditTrail audit;

    FollowUps(FollowUpRepository followUps, Clock clock, AuditTrail audit) {
        this.followUps = followUps;
        this.clock = clock;
        this.audit = audit;
    }

    /** Keeps what the manager did about the subject, and writes the subject's audit entry if it has one. */
    @Transactional
    public void record(FollowUpSubject subject, FollowUpRequest request, String manager) {
        followUps.save(new FollowUp(subject, FollowUp.Action.FOLLOWED_UP, request.note().trim(), manager,
                clock.instant()));
        if (subject.audit() != null) {
            audit.record(subject.audit().by(manager));
        }
    }

    /**
     * What completing a follow-up task does, for any module's follow-up form: records the follow-up of the subject
     * the task is about, and sets no process variable.
     */
    public TaskForms.Completion<FollowUpRequest> completion(Function<WorkItem, FollowUpSubject> subjectOf) {
        return (task, body, user) -> {
            record(subjectOf.apply(task), body, user.getUsername());
            return Map.of();
        };
    }

    /** The subject's follow-ups, oldest first. */
    @Transactional(readOnly = true)
    public List<FollowUpView> of(FollowUp.Kind kind, long subjectId) {
        return followUps.findByKindAndSubjectIdOrderByRecordedAtAscIdAsc(kind, subjectId).stream()
                .map(FollowUpView::of).toList();
    }
}
