package org.partnerflow.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** A new user, as an admin creates one. The password is only ever hashed, never stored or shown. */
public record UserRequest(
        @NotBlank @Size(min = 3, max = 60)
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]*$", message = "must be lower-case letters, digits, dots, hyphens or underscores")
        String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 320) String email,
        @NotBlank @Size(min = 12, max = 128, message = "must be between 12 and 128 characters") String password,
        @NotEmpty Set<@NotNull Role> roles,
        List<@NotNull Long> partnershipIds) {

    public List<Long> partnershipIdsOrEmpty() {
        return partnershipIds == null ? List.of() : partnershipIds;
    }

    @Override
    public String toString() {
        return "UserRequest[" + username + ", " + roles + ", " + partnershipIds + "]";
    }
}
