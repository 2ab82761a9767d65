package org.partnerflow.integrity;

import java.time.Instant;

/** A declared interest as the API and pages show it, with the names of what it is in. */
public record InterestView(Long id, String username, Long partnershipId, String partnershipName, Long organisationId,
        String orgId, String organisationName, String nature, Instant declaredAt) {
}
