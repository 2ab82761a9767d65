package org.partnerflow.casestudy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code triageUpdateRequest}: accept the public's request for drafting, or decline it with a reply. */
public record TriageRequest(@NotNull Decision decision, @Size(max = 2000) String reply) {

    /** The programme manager's verdict on the request. */
    public enum Decision { ACCEPT, DECLINE }
}
