package org.partnerflow.programme;

import java.time.LocalDate;

/** An application round as the API and pages show it; open from its first day to its last, both included. */
public record RoundView(Long id, String title, LocalDate opensOn, LocalDate closesOn, int assessorsPerProposal,
        boolean open) {
}
