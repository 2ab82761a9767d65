package org.partnerflow.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * An admin's change to a user; a field left out (null) stays as it is. An empty e-mail removes it. The version,
 * when given, is the one the admin read: an edit made from an older one is refused as stale.
 */
public record UserChange(
        @Size(max = 200) String displayName,
        @Email @Size(max = 320) String email,
        Set<@NotNull Role> roles,
        List<@NotNull Long> partnershipIds,
        Boolean active,
        @PositiveOrZero Long version) {
}
