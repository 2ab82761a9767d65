package org.partnerflow.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation as a request names it: matched by org-id, created when new. */
public record OrganisationData(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationType type,
        @NotBlank @OrgId String orgId,
        @Pattern(regexp = "^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$", message = "must be a UK postcode such as CV1 5RR")
        String postcode) {
}
