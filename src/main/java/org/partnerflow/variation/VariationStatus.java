package org.partnerflow.variation;

/**
 * Where a variation is: asked for, recommended by a programme manager, sent back, refused, applied, or withdrawn
 * (the award was terminated while it was open).
 */
public enum VariationStatus {
    REQUESTED, RECOMMENDED, RETURNED, REJECTED, APPLIED, WITHDRAWN;

    public boolean open() {
        return this == REQUESTED || this == RECOMMENDED;
    }
}
