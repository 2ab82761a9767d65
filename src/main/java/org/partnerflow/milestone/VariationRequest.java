package org.partnerflow.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A programme manager's re-plan of a milestone's due date, with the reason kept in its history. */
public record VariationRequest(@NotNull LocalDate dueDate, @NotBlank @Size(max = 2000) String reason) {
}
