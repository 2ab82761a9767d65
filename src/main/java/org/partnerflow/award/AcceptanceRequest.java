package org.partnerflow.award;

import jakarta.validation.constraints.NotNull;

/** The body of {@code acceptOffer}: the lead partner accepts or declines the offer. */
public record AcceptanceRequest(@NotNull Boolean accept) {
}
