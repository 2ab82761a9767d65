package org.partnerflow.casestudy;

import java.time.Instant;

/**
 * What the case-study task forms show beside the form: the case study, its current published version, the
 * public's request (the e-mail address only for triage), earlier comments, the draft and what it changes.
 */
public record UpdateContext(long updateId, String slug, String title, long partnershipId, UpdateSource source,
        UpdateStatus status, VersionView current, RequestView request, String triageReply, Draft draft,
        String draftedBy, String approvalComments, VersionDiff changes) {

    /** The public's request as sent (plain text). */
    public record RequestView(String name, String email, String message, Instant receivedAt) {
    }
}
