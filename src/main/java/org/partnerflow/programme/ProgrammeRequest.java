package org.partnerflow.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.partnerflow.organisation.OrganisationData;
import org.partnerflow.organisation.OrganisationType;

/** A new programme. Amounts are pounds with at most two decimals; the award cap may not exceed the budget. */
public record ProgrammeRequest(
        @NotBlank @Size(max = 20)
        @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]*$", message = "must be capital letters, digits and hyphens, such as HCT-2026")
        String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        @NotNull @Valid OrganisationData funder,
        @NotNull @Positive(message = "must be more than £0")
        @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal totalBudget,
        @NotNull @Positive(message = "must be more than £0")
        @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal awardCap,
        @NotNull @Min(1) @Max(120) Integer maxDurationMonths,
        @NotNull @Min(1) @Max(36) Integer learningReviewCadenceMonths,
        Set<@NotNull OrganisationType> requiredMemberTypes) {
}
