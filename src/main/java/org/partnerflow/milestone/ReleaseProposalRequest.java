package org.partnerflow.milestone;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of {@code proposeTrancheRelease}: the amount (the tranche's own) and why. */
public record ReleaseProposalRequest(
        @NotNull @Positive(message = "must be more than £0")
        @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal amount,
        @Size(max = 4000) String comments) {
}
