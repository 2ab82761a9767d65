package org.partnerflow.award;

/** Where an award is in its life. */
public enum AwardStatus {
    PROPOSED, UNDER_ASSESSMENT, CHANGES_REQUESTED, OFFERED, ACTIVE, REJECTED, WITHDRAWN, CLOSED;

    /** Still moving: a partnership has at most one award in these states. */
    public boolean isOpen() {
        return this == PROPOSED || this == UNDER_ASSESSMENT || this == CHANGES_REQUESTED || this == OFFERED;
    }
}
