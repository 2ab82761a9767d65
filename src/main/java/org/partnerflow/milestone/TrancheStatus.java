package org.partnerflow.milestone;

/**
 * A payment tranche: scheduled, due for release (its milestone approved), proposed for release, released; or held
 * for close-out (the last tranche, where the programme holds it until the final report is accepted); or cancelled
 * (its milestone dropped by a variation, or the award terminated before it was released).
 */
public enum TrancheStatus {
    SCHEDULED, DUE, PROPOSED, RELEASED, HELD, CANCELLED
}
