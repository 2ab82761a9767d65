package org.partnerflow.award;

/** The funders' panel decision on a proposal. */
public enum PanelDecision {
    APPROVE, REQUEST_CHANGES, REJECT
}
