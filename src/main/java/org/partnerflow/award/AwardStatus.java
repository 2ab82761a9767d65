package org.partnerflow.award;

/** Where an award is in its life. */
public enum AwardStatus {
    PROPOSED, UNDER_ASSESSMENT, CHANGES_REQUESTED, OFFERED, ACTIVE, SUSPENDED, REJECTED, WITHDRAWN, CLOSED, TERMINATED;

    /**
     * A partnership has at most one award in these states: a new one waits until it is rejected, withdrawn, closed
     * or terminated.
     */
    public static final java.util.Set<AwardStatus> IN_PROGRESS_OR_ACTIVE = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(PROPOSED, UNDER_ASSESSMENT, CHANGES_REQUESTED, OFFERED, ACTIVE, SUSPENDED));

    /** Refuses a step (409) unless this status is one of those allowed; the subject names what is in this status. */
    void require(String subject, AwardStatus... allowed) {
        for (AwardStatus s : allowed) {
            if (this == s) {
                return;
            }
        }
        throw new org.partnerflow.shared.ConflictException(subject + " is " + this
                + ", so this step does not apply to it.");
    }
}
