package org.partnerflow.casestudy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The public form Do you have an update for this case study: who is asking, how to reply, what should change.
 * {@code website} is a honeypot: hidden from people, so only a bot fills it in.
 */
public record PublicUpdateRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 2000) String message,
        @Size(max = 500) String website) {

    public boolean fromBot() {
        return website != null && !website.isBlank();
    }
}
