package org.partnerflow.programme;

/**
 * Whether a programme takes applications today: {@code open} is the round open now (null if none), {@code next} the
 * next to open (null if none); a programme without rounds takes them at any time.
 */
public record RoundWindow(boolean hasRounds, RoundView open, RoundView next) {

    public boolean takesApplications() {
        return !hasRounds || open != null;
    }
}
