package org.partnerflow.milestone;

/**
 * Where a milestone is: planned, evidence submitted, returned, approved, or past due without approval; or withdrawn
 * (dropped from the plan by an award variation before it was approved; its tranche is cancelled).
 */
public enum MilestoneStatus {
    PLANNED, SUBMITTED, CHANGES_REQUESTED, APPROVED, OVERDUE, WITHDRAWN;

    /** Not yet approved and still in the plan: what an award variation may move, change or withdraw. */
    public boolean isOpen() {
        return this != APPROVED && this != WITHDRAWN;
    }
}
