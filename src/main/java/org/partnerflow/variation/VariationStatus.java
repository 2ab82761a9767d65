package org.partnerflow.variation;

/** Where a variation is: asked for, recommended by a programme manager, sent back, refused, or applied. */
public enum VariationStatus {
    REQUESTED, RECOMMENDED, RETURNED, REJECTED, APPLIED;

    public boolean open() {
        return this == REQUESTED || this == RECOMMENDED;
    }
}
