package org.partnerflow.award;

/** An assessor's recommendation to the panel. */
public enum Recommendation {
    FUND, FUND_WITH_CONDITIONS, DO_NOT_FUND
}
