package org.partnerflow.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new application round: it closes after it opens; 1 to 5 assessors score each proposal started in it. */
public record RoundRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn,
        @NotNull @Min(1) @Max(5) Integer assessorsPerProposal) {
}
