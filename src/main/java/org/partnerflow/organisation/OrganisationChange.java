package org.partnerflow.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A change to an organisation: its name or its type, from the version the caller read. The org-id never changes. */
public record OrganisationChange(
        @NotNull Long version,
        @Size(min = 1, max = 200) @Pattern(regexp = "^(?s).*\\S.*$", message = "must be filled in") String name,
        OrganisationType type) {
}
