package org.partnerflow.milestone;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A programme manager's re-plan of a milestone: a new due date, a new tranche amount, or both, with the reason
 * kept in its history. A new amount moves the difference to or from another unreleased tranche of the award
 * ({@code balancingMilestoneId}), so the tranches still add up to the award.
 */
public record VariationRequest(
        LocalDate dueDate,
        @Positive(message = "must be more than £0")
        @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal trancheAmount,
        Long balancingMilestoneId,
        @NotBlank @Size(max = 2000) String reason) {
}
