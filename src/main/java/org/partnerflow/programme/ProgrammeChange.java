package org.partnerflow.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.partnerflow.organisation.OrganisationType;

/**
 * A change to a programme from the version the caller read: only the fields given change. The code and the funder
 * never change; the budget never goes below what is already committed.
 */
public record ProgrammeChange(
        @NotNull Long version,
        @Size(min = 1, max = 200) @Pattern(regexp = "^(?s).*\\S.*$", message = "must be filled in") String title,
        @Size(max = 2000) String description,
        @Positive(message = "must be more than £0")
        @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal totalBudget,
        @Positive(message = "must be more than £0")
        @Digits(integer = 12, fraction = 2, message = "must be pounds with at most two decimal places")
        BigDecimal awardCap,
        @Min(1) @Max(120) Integer maxDurationMonths,
        @Min(1) @Max(36) Integer learningReviewCadenceMonths,
        Set<@NotNull OrganisationType> requiredMemberTypes,
        Boolean finalTrancheHeldForCloseOut,
        @Valid OpenData openData) {

    /** The programme's open-data settings: only what is given changes. */
    public record OpenData(Boolean publish,
            @Size(max = 50)
            @Pattern(regexp = "^360G-[A-Za-z0-9]+(-[A-Za-z0-9]+)*$",
                    message = "must be the funder's registered 360Giving prefix, such as 360G-blf: 360G- then letters "
                            + "and digits, with single hyphens between them")
            String grantIdPrefix) {
    }
}
