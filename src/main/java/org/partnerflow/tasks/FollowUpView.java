package org.partnerflow.tasks;

import java.time.Instant;

/** One follow-up as pages and the API show it: the note, who wrote it and when. */
public record FollowUpView(String note, String recordedBy, Instant recordedAt) {

    static FollowUpView of(FollowUp followUp) {
        return new FollowUpView(followUp.getNote(), followUp.getRecordedBy(), followUp.getRecordedAt());
    }
}
