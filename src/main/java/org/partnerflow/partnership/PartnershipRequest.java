package org.partnerflow.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.partnerflow.organisation.OrganisationData;

/** A new partnership. Organisations are matched by org-id or created; the lead is always a member. */
public record PartnershipRequest(
        @NotNull Long programmeId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String place,
        @Size(max = 2000) String description,
        @NotNull @Valid OrganisationData leadOrganisation,
        @Size(max = 50) List<@NotNull @Valid Member> members,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> communityAims,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> systemAims,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> workstreams,
        @Valid Location beneficiaryLocation) {

    /** One member organisation and its role in the partnership. */
    public record Member(@NotNull @Valid OrganisationData organisation, @NotBlank @Size(max = 100) String role) {
    }

    /** The area served, with its ONS GSS code (E for England, W for Wales, S for Scotland, N for Northern Ireland). */
    public record Location(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "^[EWSNK][0-9]{8}$", message = "must be an ONS GSS code such as E08000026")
            String geoCode) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
