package org.partnerflow.integrity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A declaration of interest: in a partnership, an organisation (by its org-id), or both; and its nature. */
public record InterestRequest(Long partnershipId, @Size(max = 80) String orgId,
        @NotBlank @Size(max = 1000) String nature) {
}
