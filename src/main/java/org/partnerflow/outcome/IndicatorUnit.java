package org.partnerflow.outcome;

/** What an indicator counts; TEXT indicators are qualitative: a narrative each period and no figures. */
public enum IndicatorUnit {
    PEOPLE("people"), GBP("£"), PERCENT("%"), COUNT("count"), TEXT("text");

    private final String label;

    IndicatorUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean numeric() {
        return this != TEXT;
    }
}
