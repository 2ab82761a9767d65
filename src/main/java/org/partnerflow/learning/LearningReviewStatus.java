package org.partnerflow.learning;

/** Where a learning review is: waiting to open, open for writing, written, reflected on, returned, overdue, signed off. */
public enum LearningReviewStatus {
    PLANNED, OPEN, WRITTEN, REFLECTED, RETURNED, OVERDUE, SIGNED_OFF
}
