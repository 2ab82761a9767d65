package org.partnerflow.milestone;

/** Where a milestone is: planned, evidence submitted, returned, approved, or past due without approval. */
public enum MilestoneStatus {
    PLANNED, SUBMITTED, CHANGES_REQUESTED, APPROVED, OVERDUE
}
