package org.partnerflow.learning;

/**
 * Where a learning review is: waiting to open, open for writing, written, reflected on, returned, overdue, signed
 * off, or withdrawn (the award now ends before it falls due).
 */
public enum LearningReviewStatus {
    PLANNED, OPEN, WRITTEN, REFLECTED, RETURNED, OVERDUE, SIGNED_OFF, WITHDRAWN;

    /** Nothing more is expected of a review signed off or withdrawn: it is never due or overdue again. */
    public boolean isFinished() {
        return this == SIGNED_OFF || this == WITHDRAWN;
    }
}
