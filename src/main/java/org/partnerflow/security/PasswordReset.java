package org.partnerflow.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password an admin sets for a user. Hashed at once; never stored, shown or logged as given. */
public record PasswordReset(
        @NotBlank @Size(min = 12, max = 128, message = "must be between 12 and 128 characters") String password) {

    @Override
    public String toString() {
        return "PasswordReset[****]";
    }
}
