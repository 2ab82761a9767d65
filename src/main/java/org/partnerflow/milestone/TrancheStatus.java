package org.partnerflow.milestone;

/** A payment tranche: scheduled, due for release (its milestone approved), proposed for release, released. */
public enum TrancheStatus {
    SCHEDULED, DUE, PROPOSED, RELEASED
}
