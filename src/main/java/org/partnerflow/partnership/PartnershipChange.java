package org.partnerflow.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A change to a partnership from the version the caller read: only the fields given change. The programme and the
 * lead organisation stay; members change one at a time (PartnershipEdits.addMember and removeMember).
 */
public record PartnershipChange(
        @NotNull Long version,
        @Size(min = 1, max = 200) @Pattern(regexp = "^(?s).*\\S.*$", message = "must be filled in") String name,
        @Size(min = 1, max = 100) @Pattern(regexp = "^(?s).*\\S.*$", message = "must be filled in") String place,
        @Size(max = 2000) String description,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> communityAims,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> systemAims,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> workstreams,
        @Valid PartnershipRequest.Location beneficiaryLocation) {
}
